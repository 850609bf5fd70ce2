#include "sse/SseDecoder.h"

#include "catch.h"

#include <QList>

using confab::SseDecoder;
using confab::SseEvent;

namespace {

struct Case
{
    const char *name;
    QByteArray stream;
    QList<SseEvent> expected;
};

SseEvent data(const QByteArray &payload)
{
    return SseEvent{QString(), payload, QString()};
}

QList<Case> cases()
{
    const QByteArray utf8 = QStringLiteral("Grüße 亚洲 🌍").toUtf8();
    const QByteArray bigLine(3 * 1024 * 1024 + 17, 'A');
    return {
        {"plain LF", "data: {\"a\":1}\n\ndata: {\"b\":2}\n\n", {data("{\"a\":1}"), data("{\"b\":2}")}},
        {"CRLF", "data: one\r\n\r\ndata: two\r\n\r\n", {data("one"), data("two")}},
        {"CR only", "data: one\r\rdata: two\r\r", {data("one"), data("two")}},
        {"mixed line ends",
         "data: one\r\n\rdata: two\n\r\ndata: three\r\r",
         {data("one"), data("two"), data("three")}},
        {"data without space",
         "data:{\"x\":true}\n\ndata:  two spaces\n\n",
         {data("{\"x\":true}"), data(" two spaces")}},
        {"multi-line data", "data: first\ndata: second\ndata:\n\n", {data("first\nsecond\n")}},
        {"comments and keep-alives",
         ": OPENROUTER PROCESSING\n\n: OPENROUTER PROCESSING\n\ndata: x\n: mid\n\n",
         {data("x")}},
        {"empty events dropped", "\n\n\ndata:\n\ndata: \n\nevent: ping\n\ndata: real\n\n", {data("real")}},
        {"UTF-8 payload", "data: " + utf8 + "\r\n\r\n", {data(utf8)}},
        {"event and id fields",
         "event: status\nid: 7\ndata: {}\n\ndata: next\n\n",
         {SseEvent{QStringLiteral("status"), "{}", QStringLiteral("7")},
          SseEvent{QString(), "next", QStringLiteral("7")}}},
        {"unknown fields ignored", "retry: 100\nfoo: bar\ndata: ok\n\n", {data("ok")}},
        {"DONE sentinel", "data: {\"c\":1}\n\ndata: [DONE]\n\n", {data("{\"c\":1}"), data("[DONE]")}},
        {"huge single line", "data: " + bigLine + "\n\ndata: after\n\n", {data(bigLine), data("after")}},
    };
}

// Reads come as views of someone else's bytes, as owned arrays (as readAll() returns them), or go to the
// zero-copy callback, whose payloads may be shared and read only after later reads (as ChatStream does); all
// must agree.
enum class Feeding
{
    Views,
    Owned,
    Callback,
    Shared
};

QList<SseEvent> decodeInPieces(const QByteArray &stream, const QList<qsizetype> &cuts,
                               Feeding feeding = Feeding::Views)
{
    SseDecoder decoder;
    QList<SseEvent> events;
    const SseDecoder::EventSink collect = [&events](confab::SseEventView &event) {
        events.append(SseEvent{event.event(), event.data().toByteArray(), event.id()});
    };
    QList<std::pair<SseEvent, confab::SsePayload>> shared;
    const SseDecoder::EventSink keep = [&shared](confab::SseEventView &event) {
        shared.append({SseEvent{event.event(), {}, event.id()}, event.share()});
    };
    qsizetype from = 0;
    auto feed = [&](qsizetype to) {
        switch (feeding) {
        case Feeding::Views:
            events += decoder.feed(QByteArrayView(stream).sliced(from, to - from));
            break;
        case Feeding::Owned:
            events += decoder.feed(stream.mid(from, to - from));
            break;
        case Feeding::Callback:
            decoder.feed(QByteArrayView(stream).sliced(from, to - from), collect);
            break;
        case Feeding::Shared:
            decoder.feed(stream.mid(from, to - from), keep);
            break;
        }
        from = to;
    };
    for (qsizetype cut : cuts)
        feed(cut);
    feed(stream.size());
    decoder.finish();
    for (auto &[event, payload] : shared) {
        event.data = payload.view().toByteArray();
        events.append(event);
    }
    return events;
}

} // namespace

TEST_CASE("Every test stream decodes to the expected events when it arrives in one read")
{
    for (const Case &c : cases()) {
        INFO(c.name);
        CHECK(decodeInPieces(c.stream, {}) == c.expected);
        CHECK(decodeInPieces(c.stream, {}, Feeding::Owned) == c.expected);
        CHECK(decodeInPieces(c.stream, {}, Feeding::Callback) == c.expected);
        CHECK(decodeInPieces(c.stream, {}, Feeding::Shared) == c.expected);
    }
}

TEST_CASE("A stream split at any byte offset gives the same events")
{
    for (const Case &c : cases()) {
        if (c.stream.size() > 4096)
            continue;
        for (qsizetype cut = 1; cut < c.stream.size(); ++cut) {
            INFO(c.name << " cut at " << cut);
            REQUIRE(decodeInPieces(c.stream, {cut}) == c.expected);
            REQUIRE(decodeInPieces(c.stream, {cut}, Feeding::Owned) == c.expected);
            REQUIRE(decodeInPieces(c.stream, {cut}, Feeding::Callback) == c.expected);
            REQUIRE(decodeInPieces(c.stream, {cut}, Feeding::Shared) == c.expected);
        }
    }
}

TEST_CASE("A stream fed one byte at a time gives the same events")
{
    for (const Case &c : cases()) {
        if (c.stream.size() > 4096)
            continue;
        INFO(c.name);
        SseDecoder decoder;
        QList<SseEvent> events;
        for (char byte : c.stream)
            events += decoder.feed(QByteArrayView(&byte, 1));
        decoder.finish();
        CHECK(events == c.expected);
    }
}

TEST_CASE("A multi-megabyte line split into many reads arrives whole")
{
    const QByteArray payload(5 * 1024 * 1024, 'B');
    const QByteArray stream = "data: " + payload + "\r\n\r\n";
    SseDecoder decoder;
    QList<SseEvent> events;
    for (qsizetype at = 0; at < stream.size(); at += 16 * 1024 - 1)
        events += decoder.feed(stream.mid(at, 16 * 1024 - 1));
    decoder.finish();
    REQUIRE(events.size() == 1);
    CHECK(events.first().data.size() == payload.size());
    CHECK(events.first().data == payload);
    CHECK_FALSE(decoder.lineTooLong());
}

TEST_CASE("An event without its closing blank line at the end of the stream is not dispatched")
{
    for (const QByteArray &tail : {QByteArray("data: [DONE]"), QByteArray("data: [DONE]\n"),
                                   QByteArray("data: {\"a\":1}\r\ndata: {\"b\":2}\r\n")}) {
        INFO(tail.constData());
        SseDecoder decoder;
        const QList<SseEvent> events = decoder.feed(QByteArray("data: one\n\n" + tail));
        decoder.finish();
        REQUIRE(events.size() == 1);
        CHECK(events.first().data == QByteArray("one"));
        // The next stream starts clean: nothing of the dropped event leaks into it.
        CHECK(decoder.feed(QByteArrayLiteral("data: two\n\n")) == QList<SseEvent>{data("two")});
    }
}

TEST_CASE("A UTF-8 byte order mark at the start of the stream is skipped, wherever the reads split it")
{
    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray stream = bom + "data: first\n\ndata: " + bom + "kept\n\n";
    const QList<SseEvent> expected{data("first"), data(bom + "kept")};
    CHECK(decodeInPieces(stream, {}) == expected);
    for (qsizetype cut = 1; cut < 6; ++cut) {
        INFO("cut at " << cut);
        CHECK(decodeInPieces(stream, {cut}) == expected);
        CHECK(decodeInPieces(stream, {1, cut + 1}, Feeding::Shared) == expected);
    }
    // Without the BOM's first byte the field name is no longer "data", so nothing of it is dispatched.
    CHECK(decodeInPieces(QByteArray("\xBB\xBF"
                                    "data: x\n\n"),
                         {})
              .isEmpty());
}

TEST_CASE("A line longer than the limit is dropped and reported while later events still arrive")
{
    SseDecoder decoder(1024);
    QList<SseEvent> events = decoder.feed(QByteArray("data: " + QByteArray(600, 'x')));
    events += decoder.feed(QByteArray(600, 'y'));
    CHECK(decoder.lineTooLong());
    events += decoder.feed(QByteArray(QByteArray(100, 'z') + "\n\ndata: later\n\n"));
    decoder.finish();
    REQUIRE(events.size() == 1);
    CHECK(events.first().data == QByteArray("later"));
}

TEST_CASE("Split UTF-8 sequences are only decoded once the line is complete")
{
    const QByteArray text = QStringLiteral("naïve 🌍").toUtf8();
    const QByteArray stream = "data: " + text + "\n\n";
    for (qsizetype cut = 7; cut < stream.size() - 2; ++cut) {
        SseDecoder decoder;
        QList<SseEvent> events = decoder.feed(QByteArrayView(stream).first(cut));
        events += decoder.feed(QByteArrayView(stream).sliced(cut));
        REQUIRE(events.size() == 1);
        CHECK(events.first().dataText() == QStringLiteral("naïve 🌍"));
    }
}

TEST_CASE("The last event id and the retry time outlive events without data, as a resuming client needs them")
{
    SseDecoder decoder;
    CHECK(decoder.retryMilliseconds() == -1);
    // The priming event MCP servers send: an id and a retry time, and no data to dispatch.
    CHECK(decoder.feed(QByteArrayView("id: event-1\nretry: 500\ndata: \n\n")).isEmpty());
    CHECK(decoder.lastEventId() == QStringLiteral("event-1"));
    CHECK(decoder.retryMilliseconds() == 500);
    // Only ASCII digits count; anything else leaves the earlier value.
    decoder.feed(QByteArrayView("retry: 5s\nretry: -1\nretry: 99999999999\n\n"));
    CHECK(decoder.retryMilliseconds() == 500);
    decoder.feed(QByteArrayView("retry: 0\nid: event-2\ndata: x\n\n"));
    CHECK(decoder.retryMilliseconds() == 0);
    CHECK(decoder.lastEventId() == QStringLiteral("event-2"));
}
