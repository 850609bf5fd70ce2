// OpenRouter's answers as Confab parses them: each line of the input is one SSE data payload (a chunk, a
// whole completion or an in-stream error; pictures inline or as links), the tool call fragments are assembled
// as a stream would, and the
// whole input is also read as an HTTP error body with a status and a Retry-After taken from its first bytes.
#include "FuzzSupport.h"
#include "openrouter/ChunkParser.h"
#include "openrouter/HttpErrors.h"
#include "openrouter/ImageDownload.h"
#include "openrouter/ToolCallAssembler.h"

#include <QSet>
#include <QUrl>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = confab::fuzz::bytesOf(data, size);

    confab::ToolCallAssembler assembler;
    for (const QByteArray &line : input.split('\n')) {
        const confab::ChunkDelta delta = confab::parseChunk(line);
        for (const confab::ToolCallDelta &call : delta.toolCalls)
            assembler.add(call);
        // A picture sent as a link stays short enough to refuse by its length, whatever the answer holds.
        for (const confab::ImageOutput &image : delta.images) {
            if (image.url.size() > confab::ImageDownload::MaxUrlChars + 1)
                std::abort();
            confab::ImageDownload::refusal(QUrl(image.url));
        }
        QByteArray bytes;
        QString mime;
        confab::decodeDataUri(line, &bytes, &mime);
    }
    // Tool results are matched to calls by id, so ids must be present and distinct.
    QSet<QString> ids;
    for (const confab::ToolCall &call : assembler.calls()) {
        if (call.id.isEmpty() || ids.contains(call.id))
            std::abort();
        ids.insert(call.id);
    }

    const int status = size >= 2 ? 100 + (data[0] << 8 | data[1]) % 500 : 500;
    const qsizetype headerEnd = input.indexOf('\n');
    const QByteArray retryAfter = headerEnd > 0 ? input.left(headerEnd) : QByteArray();
    const confab::ChatError error = confab::errorFromHttpStatus(status, input, retryAfter);
    if (error.message.isEmpty() || error.retryAfterSeconds < 0 || error.fallbackModels.size() > 3)
        std::abort();
    confab::isTransient(error);
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    confab::fuzz::silenceQtMessages();
    return 0;
}
