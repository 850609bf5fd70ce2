#pragma once

#include "openrouter/ChatTypes.h"

#include <QObject>
#include <QUrl>

namespace confab {

// One streamed answer from a chat provider. Text arrives in order through textDelta(); exactly one of
// finished() or failed() is emitted, once, and the reply is inert after it. Delete it with deleteLater().
class ChatReply : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Stops the answer where it is: failed() reports Cancelled with the text so far.
    virtual void cancel() = 0;
    virtual bool isDone() const = 0;
    // What has arrived so far (text, reasoning and its details, metadata).
    virtual const ChatResult &progress() const = 0;

signals:
    void textDelta(const QString &text);
    void reasoningDelta(const QString &text);
    void imageReceived(const QByteArray &bytes, const QString &mime);
    void toolCallsReady(const QList<confab::ToolCall> &calls);
    void retrying(int attempt, int delayMs, const confab::ChatError &reason);
    void finished(const confab::ChatResult &result);
    void failed(const confab::ChatError &error);
};

// What the conversation engine talks to for answers. OpenRouterClient is one (and with another base URL, any
// OpenAI-compatible server); tests that are not about HTTP give the engine an in-process one.
class ChatProvider
{
public:
    virtual ~ChatProvider() = default;

    // Starts at once; the reply belongs to the provider until the caller deletes it.
    virtual ChatReply *streamChat(const ChatRequest &request) = 0;
    // Where requests go: a server on this machine keeps working while the network is down.
    virtual QUrl endpoint() const = 0;
    // Who answers, as recorded with each generation for the usage figures ("openrouter").
    virtual QString name() const = 0;
};

} // namespace confab
