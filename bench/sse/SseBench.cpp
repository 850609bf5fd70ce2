#include "BenchReport.h"
#include "sse/SseDecoder.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>

#include <cstring>

namespace {

constexpr qsizetype ReadSize = 16 * 1024; // what a socket read typically hands over
constexpr int Rounds = 15;

// A stream shaped like OpenRouter's: one small JSON chunk per token, keep-alive comments now and then.
QByteArray tokenStream(qsizetype bytes)
{
    static const char *words[] = {" the", " model", " streams", " tokens", ",",
                                  " one", " by",    " one",     ".",       "\\n"};
    QByteArray stream;
    stream.reserve(bytes + 512);
    for (int i = 0; stream.size() < bytes; ++i) {
        if (i % 500 == 0)
            stream += ": OPENROUTER PROCESSING\n\n";
        stream +=
            R"(data: {"id":"gen-1764031697-vqvW0uz7ouT4gsp3FYqp","provider":"OpenAI","model":"openai/gpt-4o",)"
            R"("object":"chat.completion.chunk","created":1764031697,"choices":[{"index":0,"delta":)"
            R"({"role":"assistant","content":")";
        stream += words[i % 10];
        stream += R"("},"finish_reason":null,"native_finish_reason":null,"logprobs":null}]})"
                  "\n\n";
    }
    return stream;
}

QByteArray imageLine(qsizetype bytes)
{
    const QByteArray head =
        R"(data: {"id":"gen-2","choices":[{"index":0,"delta":{"images":[{"type":"image_url",)"
        R"("image_url":{"url":"data:image/png;base64,)";
    const QByteArray tail = "\"}}]}}]}\n\n";
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    QByteArray payload(bytes - head.size() - tail.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = alphabet[i % 64];
    return head + payload + tail;
}

// The stream as a socket hands it over: one owned array per read.
QList<QByteArray> reads(const QByteArray &stream)
{
    QList<QByteArray> result;
    for (qsizetype at = 0; at < stream.size(); at += ReadSize)
        result.append(stream.mid(at, ReadSize));
    return result;
}

qsizetype decodeAll(const QList<QByteArray> &reads)
{
    confab::SseDecoder decoder;
    qsizetype dataBytes = 0;
    for (const QByteArray &read : reads) {
        for (const confab::SseEvent &event : decoder.feed(read))
            dataBytes += event.data.size();
    }
    decoder.finish();
    return dataBytes;
}

// The zero-copy callback: what a consumer that parses each event on the spot pays.
qsizetype decodeAllViews(const QList<QByteArray> &reads)
{
    confab::SseDecoder decoder;
    qsizetype dataBytes = 0;
    const confab::SseDecoder::EventSink sink = [&dataBytes](confab::SseEventView &event) {
        dataBytes += event.data().size();
    };
    for (const QByteArray &read : reads)
        decoder.feed(read, sink);
    decoder.finish();
    return dataBytes;
}

// What ChatStream does: each event's data kept as a share of its read in a backlog, parsed a little later.
qsizetype decodeAllTaken(const QList<QByteArray> &reads)
{
    confab::SseDecoder decoder;
    QList<confab::SsePayload> backlog;
    qsizetype dataBytes = 0;
    const confab::SseDecoder::EventSink sink = [&](confab::SseEventView &event) {
        backlog.append(event.share());
        if (backlog.size() == 64) {
            for (const confab::SsePayload &data : std::as_const(backlog))
                dataBytes += data.view().size();
            backlog.clear();
        }
    };
    for (const QByteArray &read : reads)
        decoder.feed(read, sink);
    decoder.finish();
    for (const confab::SsePayload &data : std::as_const(backlog))
        dataBytes += data.view().size();
    return dataBytes;
}

qsizetype memchrAll(const QList<QByteArray> &reads)
{
    qsizetype lines = 0;
    for (const QByteArray &read : reads) {
        const char *p = read.constData();
        const char *end = p + read.size();
        while (const void *hit = std::memchr(p, '\n', size_t(end - p))) {
            ++lines;
            p = static_cast<const char *>(hit) + 1;
        }
    }
    return lines;
}

// The fastest of Rounds runs: the two cores are shared, and the fastest run is the one least disturbed by
// other processes. The sink keeps the work from being optimised away.
template<typename Work> double fastestSeconds(Work work, qsizetype *sink)
{
    double best = 0;
    for (int round = 0; round < Rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        *sink += work();
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (round == 0 || seconds < best)
            best = seconds;
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    using confab::bench::report;
    const QString bench = QStringLiteral("sse");
    // "tokens" or "image" runs one half alone, for profiling.
    const QByteArray only = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    const QByteArray tokens = only == "image" ? QByteArray() : tokenStream(10 * 1024 * 1024);
    const QByteArray image = only == "tokens" ? QByteArray() : imageLine(5 * 1024 * 1024);
    const QList<QByteArray> tokenReads = reads(tokens);
    const QList<QByteArray> imageReads = reads(image);
    qsizetype sink = 0;
    const double mib = 1024.0 * 1024.0;

    double tokenNsPerByte = 0;
    if (!tokens.isEmpty()) {
        const double decode = fastestSeconds([&] { return decodeAll(tokenReads); }, &sink);
        const double views = fastestSeconds([&] { return decodeAllViews(tokenReads); }, &sink);
        const double taken = fastestSeconds([&] { return decodeAllTaken(tokenReads); }, &sink);
        const double scan = fastestSeconds([&] { return memchrAll(tokenReads); }, &sink);
        tokenNsPerByte = decode * 1e9 / tokens.size();
        report(bench, QStringLiteral("token_stream_decode"), tokens.size() / mib / decode,
               QStringLiteral("MiB/s"));
        report(bench, QStringLiteral("token_stream_decode_views"), tokens.size() / mib / views,
               QStringLiteral("MiB/s"));
        report(bench, QStringLiteral("token_stream_memchr"), tokens.size() / mib / scan,
               QStringLiteral("MiB/s"));
        report(bench, QStringLiteral("token_stream_vs_memchr"), scan / decode, QStringLiteral("ratio"));
        report(bench, QStringLiteral("token_stream_views_vs_memchr"), scan / views, QStringLiteral("ratio"));
        report(bench, QStringLiteral("token_stream_decode_taken"), tokens.size() / mib / taken,
               QStringLiteral("MiB/s"));
        report(bench, QStringLiteral("token_stream_taken_vs_memchr"), scan / taken, QStringLiteral("ratio"));
    }
    if (!image.isEmpty()) {
        const double decode = fastestSeconds([&] { return decodeAll(imageReads); }, &sink);
        const double scan = fastestSeconds([&] { return memchrAll(imageReads); }, &sink);
        report(bench, QStringLiteral("image_line_decode"), image.size() / mib / decode,
               QStringLiteral("MiB/s"));
        report(bench, QStringLiteral("image_line_memchr"), image.size() / mib / scan,
               QStringLiteral("MiB/s"));
        report(bench, QStringLiteral("image_line_vs_memchr"), scan / decode, QStringLiteral("ratio"));
        if (tokenNsPerByte > 0)
            report(bench, QStringLiteral("image_vs_token_cost_per_byte"),
                   decode * 1e9 / image.size() / tokenNsPerByte, QStringLiteral("ratio"));
    }
    return sink == 0 ? 1 : 0;
}
