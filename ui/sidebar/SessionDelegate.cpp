#include "sidebar/SessionDelegate.h"

#include "models/MessageRoles.h"
#include "store/SearchIndex.h"
#include "theme/Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace confab::ui {

namespace {

// A search result shows this many lines of its passage.
constexpr int SnippetLines = 2;

void paintRowBackground(QPainter *painter, const QStyleOptionViewItem &option)
{
    const QPalette &palette = option.palette;
    QColor fill;
    if (option.state & QStyle::State_Selected)
        fill = Theme::blend(palette.color(QPalette::Window), palette.color(QPalette::Highlight), 0.22);
    else if (option.state & QStyle::State_MouseOver)
        fill = Theme::blend(palette.color(QPalette::Window), palette.color(QPalette::Text), 0.06);
    if (!fill.isValid())
        return;
    QPainterPath path;
    path.addRoundedRect(QRectF(option.rect.adjusted(4, 1, -4, -1)), 8, 8);
    painter->fillPath(path, fill);
}

} // namespace

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return QObject::tr("now");
    if (seconds < 3600)
        return QObject::tr("%1 min").arg(QLocale().toString(seconds / 60));
    if (seconds < 24 * 3600)
        return QObject::tr("%1 h").arg(QLocale().toString(seconds / 3600));
    const QDate day = when.toLocalTime().date();
    if (day.daysTo(now.toLocalTime().date()) < 7)
        return QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat);
    if (day.year() == now.toLocalTime().date().year())
        return QLocale().toString(day, QObject::tr("d MMM", "short day and month, as QLocale formats dates"));
    return QLocale().toString(day, QObject::tr("d MMM yyyy", "short date, as QLocale formats dates"));
}

void SessionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintRowBackground(painter, option);
    const QPalette &palette = option.palette;
    const QRect area = option.rect.adjusted(14, 7, -12, -7);

    const bool pinned = index.data(SessionRoles::PinnedRole).toBool();
    const QString when =
        relativeTime(index.data(SessionRoles::UpdatedAtRole).toDateTime(), QDateTime::currentDateTime());
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::Medium);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics smallMetrics(small);

    const QString type = index.data(SessionRoles::TypeRole).toString();
    QString subtitle = index.data(SessionRoles::ModelRole).toString();
    if (type == QLatin1String("image"))
        subtitle = subtitle.isEmpty() ? tr("Images") : tr("Images · %1").arg(subtitle);
    const QRect r = subtitle.isEmpty() ? QRect(area.left(), area.center().y() - titleMetrics.height() / 2,
                                               area.width(), titleMetrics.height())
                                       : area;

    const int whenWidth = smallMetrics.horizontalAdvance(when);
    int titleLeft = r.left();
    if (pinned) {
        Theme::icon(QStringLiteral("pin"), Theme::accent(palette))
            .paint(painter, QRect(r.left(), r.top() + (titleMetrics.height() - 14) / 2, 14, 14));
        titleLeft += 18;
    }
    const QRect titleRect(titleLeft, r.top(), r.right() - titleLeft - whenWidth - 8, titleMetrics.height());
    painter->setFont(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    const QString title = index.data(SessionRoles::TitleRole).toString();
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(title.isEmpty() ? tr("New chat") : title, Qt::ElideRight, titleRect.width()));
    painter->setFont(small);
    painter->setPen(Theme::subtleText(palette));
    painter->drawText(QRect(r.right() - whenWidth, r.top(), whenWidth, titleMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, when);

    if (subtitle.isEmpty()) {
        painter->restore();
        return;
    }
    const QRect subRect(r.left(), r.top() + titleMetrics.height() + 2, r.width(), smallMetrics.height());
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(subtitle, Qt::ElideRight, subRect.width()));
    painter->restore();
}

// The view asks every loaded row for its height at each layout, and the height depends on the font alone.
QSize SessionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    if (m_rowHeight < 0 || option.font != m_rowFont) {
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.85);
        m_rowFont = option.font;
        m_rowHeight = QFontMetrics(option.font).height() + QFontMetrics(small).height() + 16;
    }
    return QSize(200, m_rowHeight);
}

QString SearchHitDelegate::snippetHtml(const QString &snippet, const QColor &mark)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(SearchIndex::HighlightStart,
                 QStringLiteral("<span style=\"background-color:%1; font-weight:600;\">").arg(mark.name()));
    html.replace(SearchIndex::HighlightEnd, QStringLiteral("</span>"));
    return html;
}

namespace {

// The line of the document the first highlighted word ends on, or -1 when nothing is highlighted.
int lineOfFirstHit(const QTextDocument &document)
{
    // The document lays itself out only when asked for its size; until then its blocks have no lines.
    if (document.size().isEmpty())
        return -1;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().background().style() == Qt::NoBrush)
                continue;
            const QTextLine line = block.layout()->lineForTextPosition(
                fragment.position() + fragment.length() - 1 - block.position());
            int before = 0;
            for (QTextBlock earlier = document.begin(); earlier != block; earlier = earlier.next())
                before += earlier.layout()->lineCount();
            return line.isValid() ? before + line.lineNumber() : -1;
        }
    }
    return -1;
}

} // namespace

void SearchHitDelegate::layOutPassage(QTextDocument *document, const QString &snippet, const QFont &font,
                                      int width, int lines, const QColor &mark)
{
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setTextWidth(width);
    document->setHtml(snippetHtml(snippet, mark));
    const qsizetype hit = snippet.indexOf(SearchIndex::HighlightStart);
    if (hit < 0 || lineOfFirstHit(*document) < lines)
        return;
    // Drop whole words from the front, keeping as many before the hit as still let it show.
    for (qsizetype from = 1; from <= hit; ++from) {
        if (from < hit && !(snippet.at(from - 1).isSpace() && !snippet.at(from).isSpace()))
            continue;
        document->setHtml(snippetHtml(QStringLiteral("…") + snippet.mid(from), mark));
        if (lineOfFirstHit(*document) < lines)
            return;
    }
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintRowBackground(painter, option);
    const QPalette &palette = option.palette;
    const QRect r = option.rect.adjusted(14, 6, -12, -6);
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::Medium);
    painter->setFont(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    const QFontMetrics titleMetrics(titleFont);
    painter->drawText(
        QRect(r.left(), r.top(), r.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, r.width()));

    QTextDocument document;
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QColor mark = Theme::blend(palette.color(QPalette::Base), QColor(0xf5, 0xc2, 0x42),
                                     Theme::isDark(palette) ? 0.45 : 0.6);
    layOutPassage(&document, index.data(Qt::UserRole + 10).toString(), small, r.width(), SnippetLines, mark);
    painter->translate(r.left(), r.top() + titleMetrics.height() + 2);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    context.palette.setColor(QPalette::Text, Theme::subtleText(palette));
    // Exactly the lines shown: a highlight on the line below must not peek in as a stray mark.
    context.clip = QRectF(0, 0, r.width(), QFontMetrics(small).lineSpacing() * SnippetLines);
    painter->setClipRect(context.clip);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    return QSize(200,
                 QFontMetrics(option.font).height() + QFontMetrics(small).lineSpacing() * SnippetLines + 16);
}

} // namespace confab::ui
