#pragma once

#include <QCache>
#include <QElapsedTimer>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QRectF>
#include <QString>
#include <QTextDocument>

#include <memory>

class QPainter;

namespace confab::ui {

// A message's text laid out at one width: Markdown for answers, plain text for prompts. Long texts are cut at
// paragraph breaks (never inside a code block) into chunks of a few thousand characters, each its own
// document, so an answer that grows while it streams only lays out its last chunk again. Code blocks are kept
// as regions so the delegate can draw their background and a copy button over them.
struct MessageDocument
{
    struct CodeBlock
    {
        QRectF rect; // in message coordinates
        QString code;
    };
    struct Chunk
    {
        QString text;
        double top = 0;
        std::unique_ptr<QTextDocument> document;
        QList<CodeBlock> codeBlocks; // in chunk coordinates
    };

    QString text;
    bool markdown = true;
    int width = 0;
    std::vector<Chunk> chunks;
    QList<CodeBlock> codeBlocks;
    QSizeF size;
    double idealWidth = 0;
    QElapsedTimer built;

    void draw(QPainter *painter, const QPalette &palette, const QRectF &clip) const;
    QString anchorAt(const QPointF &pos) const;
};

// Splits text into the chunks MessageDocument lays out; a prefix of a text always splits the same way.
QStringList splitIntoChunks(const QString &text, int chunkChars = 1500);

// Laid-out documents per message, rebuilt only when the message's text or the width changes, so scrolling
// and repainting never parse Markdown again.
class MessageDocumentCache
{
public:
    explicit MessageDocumentCache(int capacity = 600);

    // With maxAgeMs > 0 a layout of older text is reused until it is that old (streaming answers).
    const MessageDocument &get(qint64 messageId, const QString &text, bool markdown, int width,
                               const QFont &font, const QPalette &palette, int maxAgeMs = 0);
    // The cached layout if it is still current, without building one.
    const MessageDocument *peek(qint64 messageId, const QString &text, bool markdown, int width,
                                int maxAgeMs = 0) const;
    void invalidate(qint64 messageId) { m_cache.remove(messageId); }
    void clear() { m_cache.clear(); }
    int size() const { return int(m_cache.size()); }

    // Builds a layout, reusing the unchanged chunks of `previous` when given.
    static std::unique_ptr<MessageDocument> build(const QString &text, bool markdown, int width,
                                                  const QFont &font, const QPalette &palette,
                                                  MessageDocument *previous = nullptr);

private:
    QCache<qint64, MessageDocument> m_cache;
};

} // namespace confab::ui
