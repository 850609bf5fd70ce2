#pragma once

#include "chat/MessageDocument.h"
#include "domain/Message.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QRect>
#include <QStringList>

class QFont;
class QFontMetrics;
class QPainter;
class QPalette;

namespace confab::ui {

// The blocks an answer shows for the MCP tools the model called, above its text: a header line per call
// (server › tool, its state or time, a progress bar while it runs) and, when open, the arguments, the result
// as Markdown (links through LinkPolicy, like the answer's), or why it failed or was denied, and the result's
// pictures as thumbnails. A call is open while it asks or runs and when its result is short; a long one is
// closed until a click, the U key or the message's menu opens it, and that choice sticks.
class ToolCallSection
{
public:
    static constexpr int ThumbSize = 72;
    // Longer results start closed.
    static constexpr int LongResultChars = 600;
    static constexpr int LongResultLines = 8;

    struct Block
    {
        QRect header;
        QRect body; // empty when closed
        QList<QRect> images;
        QStringList imageHashes;
        const MessageDocument *document = nullptr;
    };

    static bool present(const Message &message);
    bool isExpanded(const Message &message, int call) const;
    void toggle(const Message &message, int call);
    // Opens all calls of the message, or closes all when all are open; false when it has none.
    bool toggleAll(const Message &message);

    // Lays the blocks out from (left, top) at the given width; returns the height they take.
    int place(const Message &message, int left, int top, int width, const QFont &font,
              const QPalette &palette, QList<Block> *blocks) const;
    void paint(QPainter *painter, const Message &message, const QList<Block> &blocks, const QPalette &palette,
               const QFont &font, const std::function<QPixmap(const QString &)> &thumbnail) const;
    void forget(qint64 messageId);
    void clear() { m_bodies.clear(); }

    static QString title(const ToolCallRecord &call);
    // The state in words: "Waiting for your approval", "Running… 3 of 5", "Done in 1.2 s", "Denied: …".
    static QString stateText(const ToolCallRecord &call);
    // The call as one line for the screen reader and the message's accessible text.
    static QString spokenText(const ToolCallRecord &call);
    static QString bodyMarkdown(const ToolCallRecord &call);
    static bool isLong(const ToolCallRecord &call);
    // The pictures of the message that belong to its tool calls (shown in the blocks, not again below).
    static QStringList toolImageHashes(const Message &message);

private:
    static qint64 bodyKey(qint64 messageId, int call) { return messageId * 256 + call; }

    QHash<QPair<qint64, int>, bool> m_chosen;
    mutable MessageDocumentCache m_bodies{200};
};

} // namespace confab::ui
