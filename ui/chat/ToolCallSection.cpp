#include "chat/ToolCallSection.h"

#include "chat/Chevron.h"
#include "common/Translations.h"
#include "theme/Theme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetrics>
#include <QJsonDocument>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

#include <functional>

namespace confab::ui {

namespace {

constexpr int BodyInset = 10;
constexpr int BlockGap = 6;
constexpr int ResultThumbGap = 6;
constexpr int BlockRadius = 8;
// What of a call is laid out: enough to read, never a whole 100 000-character result in one paint.
constexpr qsizetype ShownArgumentChars = 4000;
constexpr qsizetype ShownResultChars = 20'000;

struct ToolCallText
{
    Q_DECLARE_TR_FUNCTIONS(confab::ui::ToolCallSection)
};

QFont smallOf(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : 8);
    return small;
}

// A fence longer than any run of backticks in the text, so nothing in it can close the block early.
QString fenced(const QString &text, const QString &language)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(qMax<qsizetype>(3, longest + 1), QLatin1Char('`'));
    return fence + language + QLatin1Char('\n') + text + QLatin1Char('\n') + fence + QLatin1Char('\n');
}

QString capped(const QString &text, qsizetype limit)
{
    return text.size() > limit ? text.left(limit) + QChar(0x2026) : text;
}

QString seconds(qint64 ms)
{
    return ToolCallText::tr("%1 s").arg(displayLocale().toString(ms / 1000.0, 'f', ms < 10'000 ? 1 : 0));
}

bool failedState(const ToolCallRecord &call)
{
    return call.state == ToolCallRecord::State::Failed || call.state == ToolCallRecord::State::Denied ||
           (call.state == ToolCallRecord::State::Done && call.isError);
}

} // namespace

bool ToolCallSection::present(const Message &message)
{
    return !message.metadata.toolCalls.isEmpty();
}

bool ToolCallSection::isLong(const ToolCallRecord &call)
{
    return call.resultText.size() > LongResultChars ||
           call.resultText.count(QLatin1Char('\n')) >= LongResultLines ||
           call.arguments.size() > LongResultChars;
}

bool ToolCallSection::isExpanded(const Message &message, int call) const
{
    if (call < 0 || call >= message.metadata.toolCalls.size())
        return false;
    if (const auto chosen = m_chosen.constFind({message.id, call}); chosen != m_chosen.constEnd())
        return *chosen;
    const ToolCallRecord &record = message.metadata.toolCalls.at(call);
    return !record.isFinished() || !isLong(record);
}

void ToolCallSection::toggle(const Message &message, int call)
{
    m_chosen.insert({message.id, call}, !isExpanded(message, call));
}

bool ToolCallSection::toggleAll(const Message &message)
{
    const int count = int(message.metadata.toolCalls.size());
    if (count == 0)
        return false;
    bool allOpen = true;
    for (int call = 0; call < count; ++call)
        allOpen = allOpen && isExpanded(message, call);
    for (int call = 0; call < count; ++call)
        m_chosen.insert({message.id, call}, !allOpen);
    return true;
}

void ToolCallSection::forget(qint64 messageId)
{
    for (int call = 0; call < 256; ++call)
        m_bodies.invalidate(bodyKey(messageId, call));
}

QString ToolCallSection::title(const ToolCallRecord &call)
{
    return QStringLiteral("%1 \u203a %2")
        .arg(call.server.isEmpty() ? call.functionName : call.server, call.tool);
}

QString ToolCallSection::stateText(const ToolCallRecord &call)
{
    switch (call.state) {
    case ToolCallRecord::State::Asking:
        return ToolCallText::tr("Waiting for your approval");
    case ToolCallRecord::State::Running: {
        QString text = ToolCallText::tr("Running…");
        if (call.progress >= 0 && call.total > 0)
            text = ToolCallText::tr("Running… %1 of %2")
                       .arg(displayLocale().toString(call.progress), displayLocale().toString(call.total));
        else if (call.startedAt.isValid())
            text = ToolCallText::tr("Running… %1")
                       .arg(seconds(call.startedAt.msecsTo(QDateTime::currentDateTimeUtc())));
        if (!call.progressMessage.isEmpty())
            text += QStringLiteral(" · ") + capped(call.progressMessage.simplified(), 80);
        return text;
    }
    case ToolCallRecord::State::Done:
        return call.isError
                   ? ToolCallText::tr("The tool reported an error · %1").arg(seconds(call.durationMs))
                   : ToolCallText::tr("Done in %1").arg(seconds(call.durationMs));
    case ToolCallRecord::State::Failed:
        return ToolCallText::tr("Failed");
    case ToolCallRecord::State::Denied:
        return ToolCallText::tr("Denied");
    case ToolCallRecord::State::Cancelled:
        return ToolCallText::tr("Stopped");
    }
    return {};
}

QString ToolCallSection::spokenText(const ToolCallRecord &call)
{
    QString text =
        ToolCallText::tr("Tool %1 of the server %2: %3").arg(call.tool, call.server, stateText(call));
    if (!call.error.isEmpty())
        text += QStringLiteral(". ") + capped(call.error, 200);
    return text;
}

QString ToolCallSection::bodyMarkdown(const ToolCallRecord &call)
{
    QString markdown;
    const QJsonDocument arguments = QJsonDocument::fromJson(call.arguments.left(ShownArgumentChars).toUtf8());
    const QString argumentText = arguments.isObject() || arguments.isArray()
                                     ? QString::fromUtf8(arguments.toJson(QJsonDocument::Indented)).trimmed()
                                     : capped(call.arguments.trimmed(), ShownArgumentChars);
    markdown += QStringLiteral("**%1**\n\n").arg(ToolCallText::tr("Arguments"));
    markdown +=
        fenced(argumentText.isEmpty() || argumentText == QLatin1String("{\n}") ? ToolCallText::tr("(none)")
                                                                               : argumentText,
               QStringLiteral("json"));
    if (!call.error.isEmpty())
        markdown += QStringLiteral("\n**%1** %2\n")
                        .arg(ToolCallText::tr("Why:"), capped(call.error, 2000).toHtmlEscaped());
    if (!call.resultText.isEmpty()) {
        markdown += QStringLiteral("\n**%1**\n\n")
                        .arg(call.isError ? ToolCallText::tr("Error") : ToolCallText::tr("Result"));
        const QString result = capped(call.resultText, ShownResultChars);
        const QJsonDocument json = QJsonDocument::fromJson(result.toUtf8());
        // A JSON result reads best as code; anything else is Markdown, as the model's own text is.
        markdown += json.isObject() || json.isArray()
                        ? fenced(QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed(),
                                 QStringLiteral("json"))
                        : result + QLatin1Char('\n');
        if (call.truncated || call.resultText.size() > ShownResultChars)
            markdown += QStringLiteral("\n*%1*\n")
                            .arg(ToolCallText::tr("The result was longer; the rest is not shown."));
    }
    if (!call.links.isEmpty()) {
        markdown += QStringLiteral("\n**%1**\n\n").arg(ToolCallText::tr("Links"));
        for (const ToolResourceLink &link : call.links) {
            const QString name =
                QString(link.name.isEmpty() ? link.uri : link.name)
                    .replace(QRegularExpression(QStringLiteral("[\\[\\]\\n]")), QStringLiteral(" "));
            markdown += QStringLiteral("- [%1](<%2>)\n").arg(name, link.uri);
        }
    }
    return markdown;
}

QStringList ToolCallSection::toolImageHashes(const Message &message)
{
    QStringList hashes;
    for (const ToolCallRecord &call : message.metadata.toolCalls)
        hashes.append(call.imageHashes);
    return hashes;
}

int ToolCallSection::place(const Message &message, int left, int top, int width, const QFont &font,
                           const QPalette &palette, QList<Block> *blocks) const
{
    const QFontMetrics small(smallOf(font));
    int y = top;
    const QList<ToolCallRecord> &calls = message.metadata.toolCalls;
    for (int i = 0; i < calls.size(); ++i) {
        const ToolCallRecord &call = calls.at(i);
        Block block;
        block.header = QRect(left, y, width, small.height() + 2 * SectionHeaderPadding - 2);
        y = block.header.bottom() + 1;
        if (isExpanded(message, i)) {
            const int bodyWidth = qMax(40, width - 2 * BodyInset);
            block.document = &m_bodies.get(bodyKey(message.id, i), bodyMarkdown(call), true, bodyWidth,
                                           smallOf(font), palette);
            block.body =
                QRect(left + BodyInset, y + 2, bodyWidth, int(std::ceil(block.document->size.height())));
            y = block.body.bottom() + 1;
            int x = left + BodyInset;
            for (const QString &hash : call.imageHashes) {
                if (x > left + BodyInset && x + ThumbSize > left + width - BodyInset) {
                    x = left + BodyInset;
                    y += ThumbSize + ResultThumbGap;
                }
                if (block.images.isEmpty())
                    y += ResultThumbGap;
                block.images.append(QRect(x, y, ThumbSize, ThumbSize));
                block.imageHashes.append(hash);
                x += ThumbSize + ResultThumbGap;
            }
            if (!block.images.isEmpty())
                y = block.images.last().bottom() + 1;
            y += BodyInset - 2;
        }
        blocks->append(block);
        y += BlockGap;
    }
    return y - top;
}

void ToolCallSection::paint(QPainter *painter, const Message &message, const QList<Block> &blocks,
                            const QPalette &palette, const QFont &font,
                            const std::function<QPixmap(const QString &)> &thumbnail) const
{
    const QFont small = smallOf(font);
    const QList<ToolCallRecord> &calls = message.metadata.toolCalls;
    for (int i = 0; i < blocks.size() && i < calls.size(); ++i) {
        const Block &block = blocks.at(i);
        const ToolCallRecord &call = calls.at(i);
        painter->save();
        QRect whole = block.header;
        if (!block.body.isNull())
            whole = whole.united(block.body.adjusted(-BodyInset, 0, BodyInset, BodyInset - 2));
        for (const QRect &image : block.images)
            whole = whole.united(image.adjusted(0, 0, 0, BodyInset - 2));
        QPainterPath frame;
        frame.addRoundedRect(QRectF(whole), BlockRadius, BlockRadius);
        painter->fillPath(frame,
                          Theme::blend(Theme::codeBackground(palette), palette.color(QPalette::Base), 0.35));
        painter->setPen(
            QPen(Theme::blend(Theme::subtleText(palette), palette.color(QPalette::Base), 0.7), 1));
        painter->drawPath(frame);

        drawChevron(painter,
                    QPointF(block.header.left() + SectionHeaderPadding + 5, block.header.center().y() + 0.5),
                    !block.body.isNull(), Theme::subtleText(palette));

        const QRect text =
            block.header.adjusted(SectionHeaderPadding + ChevronSpace, 0, -SectionHeaderPadding, 0);
        const QString state = stateText(call);
        const QFontMetrics metrics(small);
        const int stateWidth = qMin(metrics.horizontalAdvance(state), text.width() / 2);
        QFont bold = small;
        bold.setWeight(QFont::DemiBold);
        painter->setFont(bold);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(
            text.adjusted(0, 0, -stateWidth - 12, 0), Qt::AlignVCenter | Qt::AlignLeft,
            QFontMetrics(bold).elidedText(title(call), Qt::ElideMiddle, text.width() - stateWidth - 12));
        painter->setFont(small);
        painter->setPen(failedState(call)   ? Theme::errorText(palette)
                        : call.isFinished() ? Theme::subtleText(palette)
                                            : Theme::accent(palette));
        painter->drawText(text, Qt::AlignVCenter | Qt::AlignRight,
                          metrics.elidedText(state, Qt::ElideRight, stateWidth));

        if (call.state == ToolCallRecord::State::Running && call.total > 0 && call.progress >= 0) {
            const double share = qBound(0.0, call.progress / call.total, 1.0);
            const QRect track(block.header.left() + SectionHeaderPadding, block.header.bottom() - 2,
                              block.header.width() - 2 * SectionHeaderPadding, 2);
            painter->fillRect(track,
                              Theme::blend(Theme::accent(palette), palette.color(QPalette::Base), 0.75));
            painter->fillRect(QRect(track.topLeft(), QSize(int(track.width() * share), 2)),
                              Theme::accent(palette));
        }

        if (block.document) {
            painter->save();
            painter->translate(block.body.topLeft());
            for (const MessageDocument::CodeBlock &code : block.document->codeBlocks) {
                QPainterPath path;
                path.addRoundedRect(code.rect, 6, 6);
                painter->fillPath(path, Theme::codeBackground(palette));
            }
            block.document->draw(painter, palette, QRectF(0, 0, block.body.width(), block.body.height()));
            painter->restore();
        }
        for (int image = 0; image < block.images.size(); ++image) {
            const QRect rect = block.images.at(image);
            QPainterPath clip;
            clip.addRoundedRect(QRectF(rect), 6, 6);
            const QPixmap pixmap = thumbnail(block.imageHashes.at(image));
            if (pixmap.isNull()) {
                painter->fillPath(clip, Theme::codeBackground(palette));
                continue;
            }
            painter->save();
            painter->setClipPath(clip);
            const QSize scaled = pixmap.size().scaled(rect.size(), Qt::KeepAspectRatioByExpanding);
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            painter->drawPixmap(
                QRect(rect.center() - QPoint(scaled.width() / 2, scaled.height() / 2), scaled), pixmap);
            painter->restore();
        }
        painter->restore();
    }
}

} // namespace confab::ui
