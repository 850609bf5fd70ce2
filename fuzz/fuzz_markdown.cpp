// Model output rendered into the message bubble's documents: hostile Markdown (huge tables, deep nesting,
// long lines, unclosed fences) is laid out at a width taken from the input, grown like a streaming answer,
// painted and hit-tested, as the chat view would.
#include "FuzzSupport.h"
#include "chat/MessageDocument.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>

#include <cstdlib>

using confab::ui::MessageDocument;
using confab::ui::MessageDocumentCache;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    confab::fuzz::silenceQtMessages();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    new QGuiApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int width = 40 + (data[0] << 8 | data[1]) % 1200;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const QFont font = QGuiApplication::font();
    const QPalette palette = QGuiApplication::palette();

    // First half as a streamed prefix, then the whole: the second build reuses the unchanged chunks.
    std::unique_ptr<MessageDocument> partial =
        MessageDocumentCache::build(text.left(text.size() / 2), true, width, font, palette);
    std::unique_ptr<MessageDocument> whole =
        MessageDocumentCache::build(text, true, width, font, palette, partial.get());
    if (whole->size.height() < 0)
        std::abort();
    MessageDocumentCache::build(text, false, width, font, palette);

    QImage canvas(width, 200, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&canvas);
    whole->draw(&painter, palette, QRectF(0, 0, width, 200));
    painter.end();
    whole->anchorAt(QPointF(width / 2.0, 10));
    return 0;
}
