#pragma once

#include "chat/MessageDocument.h"
#include "chat/ToolCallSection.h"
#include "domain/Message.h"

#include <QFontMetrics>
#include <QList>
#include <QRect>
#include <QStringList>

class QFont;
class QPalette;

namespace confab::ui {

// Where each part of one message row lies: the bubble, its Thinking and tool-call sections, the text, the
// pictures, the documents, the error with its button and the status line. The same geometry serves painting,
// hit-testing and the row's height, so what is drawn is what is clicked.
struct MessageLayout
{
    static constexpr int RowMarginV = 7;
    static constexpr int RowMarginH = 18;
    static constexpr int Padding = 12;
    static constexpr int LineGap = 6;

    // What the layout needs from the view besides the message.
    struct Context
    {
        const QFont &font;
        const QFontMetrics &body;
        const QFontMetrics &small;
        const QPalette &palette;
        const ToolCallSection &tools;
        // The error's button (Retry or Continue) and the code blocks' Copy, whose widths are kept free.
        QString actionText;
        QString copyText;
    };

    // Without a document the text's size is estimated from its length, so rows that are never shown are never
    // laid out; the row is measured exactly when it is first painted. `thinking` is the open Thinking
    // section's text, null when it is closed or absent.
    static MessageLayout of(const QRect &rowRect, const Message &message, const MessageDocument *document,
                            const MessageDocument *thinking, const Context &context);
    // The widest a bubble gets in a row of that width (without the row's margins).
    static int maxBubbleWidth(int rowWidth);

    QRect bubble;
    QRect thinkingHeader;
    QRect thinkingBody;
    QList<ToolCallSection::Block> toolBlocks;
    QRect text;
    QList<QRect> imageRects;
    QStringList imageHashes;
    QList<QRect> documentRects;
    QRect error;
    QRect retry;
    QRect status;
    QRect branches;
    QList<QRect> copyButtons;
    QStringList codes;
    int height = 0;
};

} // namespace confab::ui
