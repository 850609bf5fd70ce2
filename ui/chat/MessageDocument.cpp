#include "chat/MessageDocument.h"

#include "chat/OfflineTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>

namespace confab::ui {

namespace {

constexpr int CodePadding = 10;

bool isCodeBlock(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    return format.hasProperty(QTextFormat::BlockCodeFence) ||
           format.hasProperty(QTextFormat::BlockCodeLanguage);
}

// Monospace, with room around each code region for the background the delegate paints.
void styleCodeBlocks(QTextDocument *document, const QFont &font)
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.95 : mono.pointSizeF());
    QTextCharFormat monoFormat;
    monoFormat.setFont(mono, QTextCharFormat::FontPropertiesSpecifiedOnly);
    monoFormat.setFontFamilies({mono.family(), QStringLiteral("monospace")});

    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!isCodeBlock(block))
            continue;
        const bool first = !block.previous().isValid() || !isCodeBlock(block.previous());
        const bool last = !block.next().isValid() || !isCodeBlock(block.next());
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setLeftMargin(CodePadding);
        format.setRightMargin(CodePadding);
        format.setTopMargin(first ? CodePadding + 4 : 0);
        format.setBottomMargin(last ? CodePadding + 4 : 0);
        cursor.setBlockFormat(format);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(monoFormat);
    }
}

QList<MessageDocument::CodeBlock> codeRegions(QTextDocument *document)
{
    QList<MessageDocument::CodeBlock> regions;
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    bool open = false;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!isCodeBlock(block)) {
            open = false;
            continue;
        }
        // Block rects exclude their margins; widen them back to the full code area.
        QRectF rect = layout->blockBoundingRect(block);
        const QTextBlockFormat format = block.blockFormat();
        rect.adjust(0, -format.topMargin() + 4, 0, format.bottomMargin() - 4);
        rect.setLeft(0);
        rect.setRight(document->textWidth());
        if (open) {
            regions.last().rect = regions.last().rect.united(rect);
            regions.last().code += QLatin1Char('\n') + block.text();
        } else {
            regions.append({rect, block.text()});
            open = true;
        }
    }
    return regions;
}

void styleTables(QTextDocument *document, const QPalette &palette)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        if (QTextTable *table = cursor.currentTable()) {
            QTextTableFormat format = table->format();
            if (format.cellPadding() >= 4)
                continue;
            format.setCellPadding(4);
            format.setCellSpacing(0);
            format.setBorder(1);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderBrush(palette.color(QPalette::Mid));
            format.setBorderCollapse(true);
            table->setFormat(format);
        }
    }
}

} // namespace

QStringList splitIntoChunks(const QString &text, int chunkChars)
{
    QStringList chunks;
    qsizetype chunkStart = 0;
    qsizetype lineStart = 0;
    bool inFence = false;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart).trimmed();
        if (line.startsWith(QLatin1String("```")) || line.startsWith(QLatin1String("~~~")))
            inFence = !inFence;
        // A blank line outside a code block ends a paragraph: a chunk that is long enough may end there.
        if (line.isEmpty() && !inFence && lineEnd < text.size() && lineEnd - chunkStart >= chunkChars) {
            chunks << text.mid(chunkStart, lineEnd + 1 - chunkStart);
            chunkStart = lineEnd + 1;
        }
        lineStart = lineEnd + 1;
    }
    if (chunkStart < text.size() || chunks.isEmpty())
        chunks << text.mid(chunkStart);
    return chunks;
}

void MessageDocument::draw(QPainter *painter, const QPalette &palette, const QRectF &clip) const
{
    for (const Chunk &chunk : chunks) {
        const QRectF area(0, chunk.top, width, chunk.document->size().height());
        if (!area.intersects(clip))
            continue;
        painter->save();
        painter->translate(0, chunk.top);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette;
        context.clip = clip.translated(0, -chunk.top);
        chunk.document->documentLayout()->draw(painter, context);
        painter->restore();
    }
}

QString MessageDocument::anchorAt(const QPointF &pos) const
{
    for (const Chunk &chunk : chunks)
        if (pos.y() >= chunk.top && pos.y() < chunk.top + chunk.document->size().height())
            return chunk.document->documentLayout()->anchorAt(pos - QPointF(0, chunk.top));
    return {};
}

MessageDocumentCache::MessageDocumentCache(int capacity)
    : m_cache(capacity)
{}

const MessageDocument *MessageDocumentCache::peek(qint64 messageId, const QString &text, bool markdown,
                                                  int width, int maxAgeMs) const
{
    const MessageDocument *entry = m_cache.object(messageId);
    if (entry && entry->width == width && entry->markdown == markdown &&
        (entry->text == text || (maxAgeMs > 0 && !entry->built.hasExpired(maxAgeMs))))
        return entry;
    return nullptr;
}

const MessageDocument &MessageDocumentCache::get(qint64 messageId, const QString &text, bool markdown,
                                                 int width, const QFont &font, const QPalette &palette,
                                                 int maxAgeMs)
{
    if (const MessageDocument *current = peek(messageId, text, markdown, width, maxAgeMs))
        return *current;
    MessageDocument *previous = m_cache.object(messageId);
    if (previous && (previous->width != width || previous->markdown != markdown))
        previous = nullptr;
    MessageDocument *raw = build(text, markdown, width, font, palette, previous).release();
    m_cache.insert(messageId, raw);
    return *raw;
}

std::unique_ptr<MessageDocument> MessageDocumentCache::build(const QString &text, bool markdown, int width,
                                                             const QFont &font, const QPalette &palette,
                                                             MessageDocument *previous)
{
    auto result = std::make_unique<MessageDocument>();
    result->text = text;
    result->markdown = markdown;
    result->width = width;
    result->built.start();
    const QStringList pieces = splitIntoChunks(text);
    double top = 0;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        MessageDocument::Chunk chunk;
        const bool reusable = previous && i < qsizetype(previous->chunks.size()) &&
                              previous->chunks[size_t(i)].text == pieces.at(i);
        if (reusable) {
            chunk = std::move(previous->chunks[size_t(i)]);
        } else {
            chunk.text = pieces.at(i);
            auto offline = std::make_unique<OfflineTextDocument>();
            OfflineTextDocument *document = offline.get();
            chunk.document = std::move(offline);
            document->setDocumentMargin(0);
            document->setDefaultFont(font);
            document->setUndoRedoEnabled(false);
            if (markdown) {
                document->setMarkdown(chunk.text, QTextDocument::MarkdownDialectGitHub);
                document->replaceImagesWithLinks();
                styleCodeBlocks(document, font);
                styleTables(document, palette);
            } else {
                document->setPlainText(chunk.text);
            }
            document->setTextWidth(width);
            if (markdown)
                chunk.codeBlocks = codeRegions(document);
        }
        chunk.top = top;
        for (const MessageDocument::CodeBlock &block : std::as_const(chunk.codeBlocks))
            result->codeBlocks.append({block.rect.translated(0, top), block.code});
        result->idealWidth = qMax(result->idealWidth, chunk.document->idealWidth());
        top += chunk.document->size().height();
        result->chunks.push_back(std::move(chunk));
    }
    result->size = QSizeF(width, top);
    return result;
}

} // namespace confab::ui
