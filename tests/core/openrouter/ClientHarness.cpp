#include "ClientHarness.h"

#include "Wait.h"
#include "catch.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace confab::test {

ClientHarness::ClientHarness()
{
    REQUIRE(server.listen());
    client.setBaseUrl(server.baseUrl());
    client.setApiKey(QStringLiteral("sk-or-v1-test-0123456789"));
    StreamSettings settings;
    settings.inactivityTimeoutMs = 3000;
    settings.retryBaseDelayMs = 20;
    client.setStreamSettings(settings);
    client.setGenerationLookup(4, 20);
}

ChatRequest ClientHarness::request(const QString &prompt) const
{
    ChatRequest request;
    request.model = QStringLiteral("openai/gpt-4o-mini");
    request.messages = {
        ChatMessage{QStringLiteral("system"), QStringLiteral("Be brief."), {}, {}, {}, {}, {}},
        ChatMessage{QStringLiteral("user"), prompt, {}, {}, {}, {}, {}}};
    return request;
}

ChatStream *ClientHarness::start(const ChatRequest &request, StreamRecord *record)
{
    ChatStream *stream = client.streamChat(request);
    QObject::connect(stream, &ChatStream::textDelta, stream,
                     [record](const QString &t) { record->text += t; });
    QObject::connect(stream, &ChatStream::reasoningDelta, stream,
                     [record](const QString &t) { record->reasoning += t; });
    QObject::connect(stream, &ChatStream::imageReceived, stream,
                     [record](const QByteArray &bytes, const QString &mime) {
                         record->images.append({bytes, mime});
                     });
    QObject::connect(stream, &ChatStream::toolCallsReady, stream,
                     [record](const QList<ToolCall> &calls) { record->toolCalls = calls; });
    QObject::connect(stream, &ChatStream::retrying, stream, [record] { ++record->retries; });
    QObject::connect(stream, &ChatStream::finished, stream, [record](const ChatResult &result) {
        record->result = result;
        ++record->endSignals;
    });
    QObject::connect(stream, &ChatStream::failed, stream, [record](const ChatError &error) {
        record->error = error;
        ++record->endSignals;
    });
    return stream;
}

void waitForEnd(ChatStream *stream, const StreamRecord &record, int timeoutMs)
{
    // A plain event loop rather than waitUntil's sleeps between polls, so thousands of small writes stay
    // fast.
    QEventLoop loop;
    QObject::connect(stream, &ChatStream::finished, &loop, &QEventLoop::quit);
    QObject::connect(stream, &ChatStream::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!record.ended())
        loop.exec();
    REQUIRE(record.ended());
}

StreamRecord ClientHarness::run(const ChatRequest &request, int timeoutMs)
{
    StreamRecord record;
    // Deleted before the record goes away, also when the wait fails.
    const std::unique_ptr<ChatStream> stream(start(request, &record));
    waitForEnd(stream.get(), record, timeoutMs);
    // Give a second end signal the chance to show up, so "exactly once" is really checked.
    spinFor(20);
    return record;
}

StreamRecord ClientHarness::run(const QString &prompt, int timeoutMs)
{
    return run(request(prompt), timeoutMs);
}

testserver::Scenario scenario(const QString &name)
{
    testserver::Scenario result;
    REQUIRE(testserver::Scenario::fromName(name, &result));
    return result;
}

} // namespace confab::test
