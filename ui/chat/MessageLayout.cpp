#include "chat/MessageLayout.h"

#include "chat/BranchSwitcher.h"
#include "chat/DisplayedText.h"
#include "chat/DocumentChipPainter.h"
#include "chat/MessageStatusText.h"
#include "chat/ThinkingSection.h"

#include <QFont>

#include <cmath>

namespace confab::ui {

namespace {

constexpr int ThumbCell = 150;
constexpr int UserThumbCell = 96;
constexpr int ThumbGap = 6;
constexpr int SingleImageMax = 300;

QSize estimateTextSize(const Message &message, int width, const QFontMetrics &metrics)
{
    const int charWidth = qMax(1, metrics.averageCharWidth());
    int lines = 0;
    int widest = 0;
    const QString text = displayedText(message);
    for (QStringView paragraph : QStringView(text).split(QLatin1Char('\n'))) {
        const int length = int(paragraph.size()) * charWidth;
        widest = qMax(widest, length);
        lines += qMax(1, (length + width - 1) / width);
    }
    const double spacing = message.role == MessageRole::User ? 1.0 : 1.2;
    return QSize(qMin(width, qMax(widest, 1)), int(lines * metrics.lineSpacing() * spacing));
}

} // namespace

int MessageLayout::maxBubbleWidth(int rowWidth)
{
    return qMax(160, qMin(int(rowWidth * 0.78), 820));
}

MessageLayout MessageLayout::of(const QRect &rowRect, const Message &message, const MessageDocument *document,
                                const MessageDocument *thinking, const Context &context)
{
    MessageLayout l;
    const bool user = message.role == MessageRole::User;
    const int rowWidth = rowRect.width();
    const int maxBubble = maxBubbleWidth(rowWidth - 2 * RowMarginH);
    const int innerMax = maxBubble - 2 * Padding;
    const QFontMetrics &small = context.small;

    int contentWidth = 0;
    int y = Padding;
    QSize textSize;
    const bool hasText = !message.content.isEmpty();
    if (document) {
        const int ideal = int(std::ceil(document->idealWidth));
        textSize = QSize(document->codeBlocks.isEmpty() ? qMin(ideal, innerMax) : innerMax,
                         int(std::ceil(document->size.height())));
        contentWidth = textSize.width();
    } else if (hasText) {
        textSize = estimateTextSize(message, innerMax, context.body);
        contentWidth = textSize.width();
    }
    if (isAnswerStreaming(message) && !hasText)
        contentWidth = qMax(contentWidth, 48);
    const bool thinks = ThinkingSection::present(message);
    if (thinks)
        contentWidth =
            qMax(contentWidth,
                 qMin(innerMax, ThinkingSection::headerWidth(message, isAnswerStreaming(message), small)));
    if (thinking)
        contentWidth = qMax(
            contentWidth, qMin(innerMax, int(std::ceil(thinking->idealWidth)) + ThinkingSection::BodyIndent));

    // Images: one large picture, or a grid of square thumbnails. A tool result's pictures are in its block.
    const bool tools = ToolCallSection::present(message);
    if (tools)
        contentWidth = innerMax;
    QList<MessageImage> images = message.images;
    if (tools) {
        const QStringList toolImages = ToolCallSection::toolImageHashes(message);
        images.removeIf([&toolImages](const MessageImage &image) { return toolImages.contains(image.hash); });
    }
    QList<QSize> imageSizes;
    const int imageCount = int(images.size());
    if (imageCount == 1 && !user) {
        const MessageImage &image = images.first();
        const int w = qMin(SingleImageMax, innerMax);
        const double aspect = image.width > 0 && image.height > 0 ? double(image.height) / image.width : 1.0;
        imageSizes << QSize(w, qMin(int(w * aspect), SingleImageMax + 80));
        contentWidth = qMax(contentWidth, w);
    } else if (imageCount > 0) {
        // A prompt's input pictures are only a reminder of what was sent, so they stay small.
        const int cell = user ? UserThumbCell : ThumbCell;
        const int columns = qMax(1, qMin(imageCount, (innerMax + ThumbGap) / (cell + ThumbGap)));
        contentWidth = qMax(contentWidth, columns * cell + (columns - 1) * ThumbGap);
        for (int i = 0; i < imageCount; ++i)
            imageSizes << QSize(cell, cell);
    }

    // A question's documents: one chip a line under its text.
    QList<QSize> documentSizes;
    if (user) {
        for (const AttachedDocument &attached : message.documents) {
            documentSizes << documentchip::size(attached, context.font, innerMax);
            contentWidth = qMax(contentWidth, documentSizes.last().width());
        }
    }

    const QString error = messageErrorText(message);
    QSize errorSize;
    if (!error.isEmpty()) {
        const QRect bound = small.boundingRect(QRect(0, 0, innerMax, 10000), Qt::TextWordWrap, error);
        errorSize = QSize(qMin(innerMax, bound.width()), bound.height());
        const int retryWidth = small.horizontalAdvance(context.actionText) + 30;
        contentWidth = qMax(contentWidth, qMin(innerMax, errorSize.width() + retryWidth + 12));
    }
    contentWidth = qMax(contentWidth, 24);

    if (thinks) {
        l.thinkingHeader =
            QRect(Padding, y, ThinkingSection::headerWidth(message, isAnswerStreaming(message), small),
                  ThinkingSection::headerHeight(small));
        l.thinkingHeader.setWidth(qMin(l.thinkingHeader.width(), contentWidth));
        y += l.thinkingHeader.height() + LineGap;
        if (thinking) {
            l.thinkingBody = QRect(Padding, y, contentWidth, int(std::ceil(thinking->size.height())));
            y += l.thinkingBody.height() + LineGap + 2;
        }
    }
    if (tools)
        y += context.tools.place(message, Padding, y, contentWidth, context.font, context.palette,
                                 &l.toolBlocks);
    if (hasText) {
        l.text = QRect(Padding, y, contentWidth, textSize.height());
        y += textSize.height();
        if (isAnswerStreaming(message))
            y += small.height() + 2; // room for the typing dots
    } else if (isAnswerStreaming(message)) {
        y += small.height() + 4;
    }
    if (!imageSizes.isEmpty()) {
        if (hasText)
            y += LineGap + 2;
        int x = Padding;
        int rowHeight = 0;
        for (int i = 0; i < imageSizes.size(); ++i) {
            const QSize size = imageSizes.at(i);
            if (x > Padding && x + size.width() > Padding + contentWidth) {
                x = Padding;
                y += rowHeight + ThumbGap;
                rowHeight = 0;
            }
            l.imageRects << QRect(QPoint(x, y), size);
            l.imageHashes << images.at(i).hash;
            x += size.width() + ThumbGap;
            rowHeight = qMax(rowHeight, size.height());
        }
        y += rowHeight;
    }
    for (const QSize &size : documentSizes) {
        y += LineGap + 2;
        l.documentRects << QRect(QPoint(Padding, y), size);
        y += size.height();
    }
    if (!error.isEmpty()) {
        if (hasText || !imageSizes.isEmpty() || !documentSizes.isEmpty())
            y += LineGap + 2;
        const int retryWidth = small.horizontalAdvance(context.actionText) + 30;
        const int retryHeight = small.height() + 10;
        l.error = QRect(Padding, y, contentWidth - retryWidth - 12, qMax(errorSize.height(), retryHeight));
        l.retry = QRect(Padding + contentWidth - retryWidth, y, retryWidth, retryHeight);
        y += qMax(errorSize.height(), retryHeight);
    }
    if (!hasText && imageSizes.isEmpty() && error.isEmpty() && !isAnswerStreaming(message))
        y += small.height();
    y += Padding;

    const int bubbleWidth = contentWidth + 2 * Padding;
    const int left = user ? rowRect.right() - RowMarginH - bubbleWidth + 1 : rowRect.left() + RowMarginH;
    const QPoint origin(left, rowRect.top() + RowMarginV);
    l.bubble = QRect(origin, QSize(bubbleWidth, y));
    l.text.translate(origin);
    l.thinkingHeader.translate(origin);
    l.thinkingBody.translate(origin);
    for (ToolCallSection::Block &block : l.toolBlocks) {
        block.header.translate(origin);
        block.body.translate(origin);
        for (QRect &r : block.images)
            r.translate(origin);
    }
    for (QRect &r : l.imageRects)
        r.translate(origin);
    for (QRect &r : l.documentRects)
        r.translate(origin);
    l.error.translate(origin);
    l.retry.translate(origin);
    if (document) {
        for (const MessageDocument::CodeBlock &block : document->codeBlocks) {
            const int w = small.horizontalAdvance(context.copyText) + 30;
            const QRect area = block.rect.toAlignedRect().translated(l.text.topLeft());
            l.copyButtons << QRect(l.text.left() + l.text.width() - w - 6, area.top() + 6, w,
                                   small.height() + 6);
            l.codes << block.code;
        }
    }

    // Every message has a status line (at least its time); its text is formatted only when painted.
    const int statusTop = l.bubble.bottom() + 4;
    const int statusWidth = rowWidth - 2 * RowMarginH - 8;
    const int statusLeft = user ? l.bubble.right() - statusWidth + 1 : l.bubble.left() + 4;
    l.status = QRect(statusLeft, statusTop, statusWidth, small.height());
    if (message.branchCount > 1)
        l.branches = BranchSwitcher::place(&l.status, user, small, message.branchIndex, message.branchCount);
    l.height = l.status.bottom() - rowRect.top() + RowMarginV + 1;
    return l;
}

} // namespace confab::ui
