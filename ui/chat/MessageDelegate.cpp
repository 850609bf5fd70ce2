#include "chat/MessageDelegate.h"

#include "accessibility/FocusRing.h"
#include "chat/BranchSwitcher.h"
#include "chat/DisplayedText.h"
#include "chat/DocumentChipPainter.h"
#include "chat/LinkPolicy.h"
#include "chat/MessageStatusText.h"
#include "chat/OfflineTextDocument.h"
#include "common/Translations.h"
#include "engine/AnswerLength.h"
#include "models/MessageListModel.h"
#include "models/MessageRoles.h"
#include "store/ImageStore.h"
#include "theme/Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QTextBrowser>
#include <QTime>

namespace confab::ui {

namespace {

constexpr int RowMarginH = MessageLayout::RowMarginH;
constexpr int Padding = MessageLayout::Padding;
constexpr int LineGap = MessageLayout::LineGap;
constexpr int Radius = 14;
// While tokens pour in, the answer's Markdown is parsed again at most this often (about 30 frames a second).
constexpr int StreamRebuildMs = 33;

Message messageOf(const QModelIndex &index)
{
    return index.data(MessageRoles::MessageValueRole).value<Message>();
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : 8);
    return small;
}

} // namespace

MessageDelegate::MessageDelegate(QListView *view, ImageStore *images, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_view(view)
    , m_images(images)
    , m_thumbnails(400)
{
    if (m_images)
        connect(m_images, &ImageStore::thumbnailReady, this, &MessageDelegate::onThumbnailReady);
}

bool MessageDelegate::takeRemeasured()
{
    const bool any = m_remeasured;
    m_remeasured = false;
    return any;
}

// Font metrics are looked up once per font, not once per row: the view asks for every row's height.
const MessageDelegate::Fonts &MessageDelegate::fonts() const
{
    if (!m_fonts || m_fonts->font != m_view->font())
        m_fonts.reset(
            new Fonts{m_view->font(), QFontMetrics(m_view->font()), QFontMetrics(smallFont(m_view->font()))});
    return *m_fonts;
}

void MessageDelegate::prepare(const QModelIndex &index)
{
    const Message message = messageOf(index);
    // The document cache checks the text itself; only the remembered height of a changed message must go.
    m_sizes.remove(message.id);
    documentFor(message, m_view->viewport()->width() - 2 * RowMarginH);
}

bool MessageDelegate::layOut(const QModelIndex &index)
{
    const Message message = messageOf(index);
    const int width = m_view->viewport()->width() - 2 * RowMarginH;
    if (message.content.isEmpty() || cachedDocumentFor(message, width))
        return false;
    m_sizes.remove(message.id);
    documentFor(message, width);
    return true;
}

void MessageDelegate::forget(const QModelIndex &index)
{
    m_sizes.remove(index.data(MessageRoles::MessageIdRole).toLongLong());
}

void MessageDelegate::clearCaches()
{
    m_documents.clear();
    m_tools.clear();
    m_sizes.clear();
}

const MessageDocument *MessageDelegate::documentFor(const Message &message, int rowWidth) const
{
    if (message.content.isEmpty())
        return nullptr;
    const bool markdown = message.role != MessageRole::User;
    const int width = MessageLayout::maxBubbleWidth(rowWidth) - 2 * Padding;
    return &m_documents.get(message.id, displayedText(message), markdown, width, m_view->font(),
                            m_view->palette(), isAnswerStreaming(message) ? StreamRebuildMs : 0);
}

const MessageDocument *MessageDelegate::cachedDocumentFor(const Message &message, int rowWidth) const
{
    const bool markdown = message.role != MessageRole::User;
    return m_documents.peek(message.id, displayedText(message), markdown,
                            MessageLayout::maxBubbleWidth(rowWidth) - 2 * Padding,
                            isAnswerStreaming(message) ? StreamRebuildMs : 0);
}

const MessageDocument *MessageDelegate::thinkingFor(const Message &message, int rowWidth, bool build) const
{
    const bool streaming = isAnswerStreaming(message);
    if (!ThinkingSection::present(message) || !m_thinking.isExpanded(message, streaming))
        return nullptr;
    const int width = MessageLayout::maxBubbleWidth(rowWidth) - 2 * Padding - ThinkingSection::BodyIndent;
    const int maxAge = streaming ? StreamRebuildMs : 0;
    if (!build)
        return m_thinkingDocuments.peek(message.id, message.reasoning, false, width, maxAge);
    return &m_thinkingDocuments.get(message.id, message.reasoning, false, width, smallFont(m_view->font()),
                                    m_view->palette(), maxAge);
}

bool MessageDelegate::isThinkingExpanded(const QModelIndex &index) const
{
    const Message message = messageOf(index);
    return ThinkingSection::present(message) && m_thinking.isExpanded(message, isAnswerStreaming(message));
}

bool MessageDelegate::toggleThinking(const QModelIndex &index)
{
    const Message message = messageOf(index);
    if (!ThinkingSection::present(message))
        return false;
    m_thinking.toggle(message, isAnswerStreaming(message));
    m_sizes.remove(message.id);
    emit sizeHintChanged(index);
    return true;
}

bool MessageDelegate::isToolCallExpanded(const QModelIndex &index, int call) const
{
    return m_tools.isExpanded(messageOf(index), call);
}

bool MessageDelegate::toggleToolCall(const QModelIndex &index, int call)
{
    const Message message = messageOf(index);
    if (call < 0 ? !m_tools.toggleAll(message) : call >= message.metadata.toolCalls.size())
        return false;
    if (call >= 0)
        m_tools.toggle(message, call);
    m_sizes.remove(message.id);
    emit sizeHintChanged(index);
    return true;
}

bool MessageDelegate::offersContinue(const Message &message)
{
    return canContinue(message);
}

QString MessageDelegate::actionText(const Message &message) const
{
    return offersContinue(message) ? tr("Continue") : tr("Retry");
}

MessageLayout MessageDelegate::layout(const QRect &rowRect, const Message &message,
                                      const MessageDocument *document, const MessageDocument *thinking) const
{
    const Fonts &f = fonts();
    return MessageLayout::of(
        rowRect, message, document, thinking,
        {f.font, f.body, f.small, m_view->palette(), m_tools, actionText(message), tr("Copy")});
}

// Rows always span the viewport, whatever width the view gave the item.
QRect MessageDelegate::rowRect(const QRect &itemRect) const
{
    return QRect(itemRect.left(), itemRect.top(), m_view->viewport()->width(), itemRect.height());
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const
{
    // The view asks for every loaded row on each relayout (every frame while an answer grows); answer from
    // the remembered heights unless the row changed.
    const int rowWidth = m_view->viewport()->width();
    const qint64 id = index.data(MessageRoles::MessageIdRole).toLongLong();
    if (const auto it = m_sizes.constFind(id); it != m_sizes.constEnd() && it->width() == rowWidth)
        return *it;
    const Message message = messageOf(index);
    const MessageLayout l =
        layout(QRect(0, 0, rowWidth, 0), message, cachedDocumentFor(message, rowWidth - 2 * RowMarginH),
               thinkingFor(message, rowWidth - 2 * RowMarginH, false));
    const QSize size(rowWidth, l.height);
    m_sizes.insert(id, size);
    return size;
}

QPixmap MessageDelegate::thumbnail(const QString &hash) const
{
    if (QPixmap *cached = m_thumbnails.object(hash))
        return *cached;
    if (!m_images)
        return {};
    const QString path = m_images->cachedThumbnail(hash);
    if (!path.isEmpty()) {
        QPixmap pixmap(path);
        if (!pixmap.isNull()) {
            m_thumbnails.insert(hash, new QPixmap(pixmap));
            return pixmap;
        }
    }
    m_images->requestThumbnail(hash);
    return {};
}

void MessageDelegate::onThumbnailReady(const QString &hash, int, const QString &path)
{
    QPixmap pixmap(path);
    if (pixmap.isNull())
        return;
    m_thumbnails.insert(hash, new QPixmap(pixmap));
    m_view->viewport()->update();
    emit thumbnailArrived();
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const Message message = messageOf(index);
    const QPalette &palette = m_view->palette();
    const QRect row = rowRect(option.rect);
    const MessageDocument *document = documentFor(message, row.width() - 2 * RowMarginH);
    const MessageDocument *thinking = thinkingFor(message, row.width() - 2 * RowMarginH);
    const MessageLayout l = layout(row, message, document, thinking);
    const bool user = message.role == MessageRole::User;
    if (l.height != option.rect.height()) {
        // The estimate was off: remember the measured height; the view places the rows again after this
        // paint.
        m_sizes.insert(message.id, QSize(row.width(), l.height));
        m_remeasured = true;
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(l.bubble), Radius, Radius);
    painter->fillPath(bubble, user ? Theme::userBubble(palette) : Theme::assistantBubble(palette));

    if (!l.thinkingHeader.isNull())
        ThinkingSection::paintHeader(painter, l.thinkingHeader, message, thinking != nullptr,
                                     isAnswerStreaming(message), palette, smallFont(m_view->font()));
    if (thinking)
        ThinkingSection::paintBody(painter, l.thinkingBody, *thinking, palette);
    if (!l.toolBlocks.isEmpty())
        m_tools.paint(painter, message, l.toolBlocks, palette, m_view->font(),
                      [this](const QString &hash) { return thumbnail(hash); });

    if (document) {
        painter->save();
        painter->translate(l.text.topLeft());
        const QColor codeBackground = Theme::codeBackground(palette);
        for (const MessageDocument::CodeBlock &block : document->codeBlocks) {
            QPainterPath code;
            code.addRoundedRect(block.rect.adjusted(0, 0, 0, 0), 8, 8);
            painter->fillPath(code, codeBackground);
        }
        document->draw(painter, palette, QRectF(0, 0, l.text.width(), l.text.height()));
        painter->restore();
    }

    const QFont small = smallFont(m_view->font());
    painter->setFont(small);
    for (int i = 0; i < l.copyButtons.size(); ++i) {
        const QRect button = l.copyButtons.at(i);
        QPainterPath path;
        path.addRoundedRect(QRectF(button), 6, 6);
        painter->fillPath(path,
                          Theme::blend(Theme::codeBackground(palette), palette.color(QPalette::Text), 0.08));
        Theme::icon(QStringLiteral("copy"), Theme::subtleText(palette))
            .paint(painter, QRect(button.left() + 6, button.center().y() - 6, 12, 12));
        painter->setPen(Theme::subtleText(palette));
        painter->drawText(button.adjusted(22, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, tr("Copy"));
    }

    if (isAnswerStreaming(message)) {
        const int phase = int((QTime::currentTime().msecsSinceStartOfDay() / 350) % 3);
        const int dotY = document                     ? l.text.bottom() + 8
                         : !l.toolBlocks.isEmpty()    ? l.bubble.bottom() - Padding - 5
                         : !l.thinkingBody.isNull()   ? l.thinkingBody.bottom() + LineGap + 6
                         : !l.thinkingHeader.isNull() ? l.thinkingHeader.bottom() + LineGap + 6
                                                      : l.bubble.top() + Padding + 7;
        for (int i = 0; i < 3; ++i) {
            QColor dot = Theme::accent(palette);
            dot.setAlphaF(i == phase ? 0.95f : 0.35f);
            painter->setBrush(dot);
            painter->setPen(Qt::NoPen);
            painter->drawEllipse(QPointF(l.bubble.left() + Padding + 4 + i * 12, dotY), 3.5, 3.5);
        }
    }

    for (int i = 0; i < l.imageRects.size(); ++i) {
        const QRect rect = l.imageRects.at(i);
        QPainterPath clip;
        clip.addRoundedRect(QRectF(rect), 8, 8);
        const QPixmap pixmap = thumbnail(l.imageHashes.at(i));
        if (pixmap.isNull()) {
            painter->fillPath(clip, Theme::codeBackground(palette));
            continue;
        }
        painter->save();
        painter->setClipPath(clip);
        const QSize scaled = pixmap.size().scaled(rect.size(), Qt::KeepAspectRatioByExpanding);
        const QRect target(rect.center() - QPoint(scaled.width() / 2, scaled.height() / 2), scaled);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawPixmap(target, pixmap);
        painter->restore();
    }

    for (int i = 0; i < l.documentRects.size(); ++i)
        documentchip::paint(painter, l.documentRects.at(i), message.documents.at(i), fonts().font, palette);

    if (!l.error.isNull()) {
        const bool quiet = message.status == MessageStatus::Stopped;
        painter->setPen(quiet ? Theme::subtleText(palette) : Theme::errorText(palette));
        painter->drawText(l.error, Qt::TextWordWrap | Qt::AlignVCenter | Qt::AlignLeft,
                          messageErrorText(message));
        QPainterPath retry;
        retry.addRoundedRect(QRectF(l.retry), l.retry.height() / 2.0, l.retry.height() / 2.0);
        painter->fillPath(retry, Theme::accent(palette));
        Theme::icon(offersContinue(message) ? QStringLiteral("continue") : QStringLiteral("retry"),
                    palette.color(QPalette::HighlightedText))
            .paint(painter, QRect(l.retry.left() + 8, l.retry.center().y() - 6, 12, 12));
        painter->setPen(palette.color(QPalette::HighlightedText));
        painter->drawText(l.retry.adjusted(22, 0, -6, 0), Qt::AlignCenter, actionText(message));
    }

    if (!l.branches.isNull())
        BranchSwitcher::paint(painter, l.branches, palette, small, message.branchIndex, message.branchCount);
    if (!l.status.isNull()) {
        painter->setPen(Theme::subtleText(palette));
        painter->drawText(
            l.status, Qt::AlignVCenter | (user ? Qt::AlignRight : Qt::AlignLeft),
            QFontMetrics(small).elidedText(messageStatusText(message), Qt::ElideRight, l.status.width()));
    }
    if (option.state & QStyle::State_HasFocus)
        paintFocusRing(painter, l.bubble, palette, Radius);
    painter->restore();
}

MessageHit MessageDelegate::hitTest(const QRect &visualRect, const QModelIndex &index,
                                    const QPoint &pos) const
{
    const Message message = messageOf(index);
    const QRect row = rowRect(visualRect);
    const MessageDocument *document = documentFor(message, row.width() - 2 * RowMarginH);
    const MessageLayout l =
        layout(row, message, document, thinkingFor(message, row.width() - 2 * RowMarginH));
    if (l.thinkingHeader.contains(pos))
        return {MessageHit::Kind::ThinkingToggle, QString::number(message.id)};
    for (int call = 0; call < l.toolBlocks.size(); ++call) {
        const ToolCallSection::Block &block = l.toolBlocks.at(call);
        if (block.header.contains(pos))
            return {MessageHit::Kind::ToolCallToggle, QString::number(call)};
        for (int i = 0; i < block.images.size(); ++i)
            if (block.images.at(i).contains(pos))
                return {MessageHit::Kind::Image, block.imageHashes.at(i)};
        if (block.document && block.body.contains(pos)) {
            const QString anchor = block.document->anchorAt(QPointF(pos - block.body.topLeft()));
            return anchor.isEmpty() ? MessageHit{MessageHit::Kind::Text, {}}
                                    : MessageHit{MessageHit::Kind::Link, anchor};
        }
    }
    if (l.retry.contains(pos))
        return {offersContinue(message) ? MessageHit::Kind::Continue : MessageHit::Kind::Retry,
                QString::number(message.id)};
    if (const int step = BranchSwitcher::stepAt(l.branches, pos, message.branchIndex, message.branchCount))
        return {step < 0 ? MessageHit::Kind::PreviousVersion : MessageHit::Kind::NextVersion,
                QString::number(message.id)};
    for (int i = 0; i < l.copyButtons.size(); ++i)
        if (l.copyButtons.at(i).contains(pos))
            return {MessageHit::Kind::CopyCode, l.codes.at(i)};
    for (int i = 0; i < l.imageRects.size(); ++i)
        if (l.imageRects.at(i).contains(pos))
            return {MessageHit::Kind::Image, l.imageHashes.at(i)};
    for (int i = 0; i < l.documentRects.size(); ++i)
        if (l.documentRects.at(i).contains(pos))
            return {MessageHit::Kind::Document, QString::number(i)};
    if (document && l.text.contains(pos)) {
        const QString anchor = document->anchorAt(QPointF(pos - l.text.topLeft()));
        if (!anchor.isEmpty())
            return {MessageHit::Kind::Link, anchor};
        return {MessageHit::Kind::Text, {}};
    }
    if (l.bubble.contains(pos))
        return {MessageHit::Kind::Text, {}};
    return {};
}

QWidget *MessageDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &) const
{
    auto *browser = new QTextBrowser(parent);
    browser->setObjectName(QStringLiteral("messageSelection"));
    browser->setAccessibleName(tr("Message text"));
    browser->setDocument(new OfflineTextDocument(browser));
    browser->setOpenLinks(false);
    connect(browser, &QTextBrowser::anchorClicked, browser, &openLinkIfAllowed);
    browser->setFrameShape(QFrame::NoFrame);
    browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    browser->document()->setDocumentMargin(0);
    QPalette palette = browser->palette();
    palette.setColor(QPalette::Base, Qt::transparent);
    browser->setPalette(palette);
    browser->viewport()->setAutoFillBackground(false);
    return browser;
}

void MessageDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *browser = static_cast<QTextBrowser *>(editor);
    const Message message = messageOf(index);
    browser->document()->setDefaultFont(m_view->font());
    if (message.role == MessageRole::User)
        browser->setPlainText(message.content);
    else
        browser->setMarkdown(message.content);
}

void MessageDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    const Message message = messageOf(index);
    const QRect row = rowRect(option.rect);
    const int width = row.width() - 2 * RowMarginH;
    const MessageLayout l = layout(row, message, documentFor(message, width), thinkingFor(message, width));
    editor->setGeometry(l.text.isNull() ? l.bubble : l.text.adjusted(0, 0, 4, 0));
}

} // namespace confab::ui
