#pragma once

#include "OpenRouterServer.h"
#include "openrouter/OpenRouterClient.h"

#include <QNetworkAccessManager>

#include <optional>

namespace confab::test {

// Everything one ChatStream said, in the order the user would have seen it.
struct StreamRecord
{
    QString text;
    QString reasoning;
    QList<std::pair<QByteArray, QString>> images;
    QList<ToolCall> toolCalls;
    std::optional<ChatResult> result;
    std::optional<ChatError> error;
    int endSignals = 0;
    int retries = 0;

    bool ended() const { return endSignals > 0; }
};

// A real client talking HTTP to a real OpenRouter stand-in on 127.0.0.1, with short timeouts.
struct ClientHarness
{
    ClientHarness();

    ChatRequest request(const QString &prompt) const;
    ChatStream *start(const ChatRequest &request, StreamRecord *record);
    // Streams the prompt and waits until finished() or failed(), for at most `timeoutMs`.
    StreamRecord run(const QString &prompt, int timeoutMs = DefaultWaitMs);
    StreamRecord run(const ChatRequest &request, int timeoutMs = DefaultWaitMs);

    static constexpr int DefaultWaitMs = 20000;

    testserver::OpenRouterServer server;
    QNetworkAccessManager network;
    OpenRouterClient client{&network};
};

testserver::Scenario scenario(const QString &name);
// Runs the event loop until the stream has finished or failed.
void waitForEnd(ChatStream *stream, const StreamRecord &record, int timeoutMs = ClientHarness::DefaultWaitMs);

} // namespace confab::test
