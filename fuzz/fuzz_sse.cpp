// The SSE decoder fed one stream in pieces whose lengths come from the input itself. Whatever the pieces, the
// events must be exactly those of the same bytes fed at once: a difference is a bug even without a crash.
#include "FuzzSupport.h"
#include "sse/SseDecoder.h"

#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

using confab::SseDecoder;
using confab::SseEvent;

namespace {

QList<SseEvent> decodeWhole(const QByteArray &stream, qsizetype maxLineBytes)
{
    SseDecoder decoder(maxLineBytes);
    QList<SseEvent> events = decoder.feed(QByteArrayView(stream));
    decoder.finish();
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider provider(data, size);
    // A small line limit reaches the "line too long" paths with inputs the fuzzer can produce.
    const qsizetype maxLineBytes = provider.ConsumeBool() ? SseDecoder::DefaultMaxLineBytes : 64;
    const size_t splits = provider.ConsumeIntegralInRange<size_t>(0, 64);
    QList<size_t> lengths;
    for (size_t i = 0; i < splits; ++i)
        lengths << provider.ConsumeIntegralInRange<size_t>(0, 32);
    const std::string rest = provider.ConsumeRemainingBytesAsString();
    const QByteArray stream(rest.data(), qsizetype(rest.size()));

    SseDecoder decoder(maxLineBytes);
    QList<SseEvent> pieces;
    qsizetype offset = 0;
    for (qsizetype i = 0; offset < stream.size(); ++i) {
        const qsizetype length = i < lengths.size() ? qMin(qsizetype(lengths.at(i)), stream.size() - offset)
                                                    : stream.size() - offset;
        // Alternate the owning and the borrowing overloads and the event sink, as ChatStream may use any.
        const QByteArray piece = stream.mid(offset, length);
        switch (i % 3) {
        case 0:
            pieces << decoder.feed(piece);
            break;
        case 1:
            pieces << decoder.feed(QByteArrayView(piece));
            break;
        default:
            decoder.feed(QByteArrayView(piece), [&pieces](confab::SseEventView &event) {
                pieces << SseEvent{event.event(), event.takeData(), event.id()};
            });
        }
        offset += length;
    }
    decoder.finish();

    if (maxLineBytes == SseDecoder::DefaultMaxLineBytes && pieces != decodeWhole(stream, maxLineBytes))
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    confab::fuzz::silenceQtMessages();
    return 0;
}
