#pragma once

#include "domain/ChatParameters.h"
#include "engine/Turn.h"
#include "openrouter/ChatTypes.h"

#include <QPointer>

namespace confab {

class ChatReply;

// A text answer streamed from OpenRouter (or another OpenAI-compatible server) into the answer's bubble.
class TextTurn : public Turn
{
    Q_OBJECT
public:
    TextTurn(TurnContext context, QObject *parent);

    void start() override;

protected:
    void cancelProviderCall() override;

    // The conversation as the model will see it; Auto mode adds its tools and tool results on top.
    // Earlier MCP calls of tools named in offeredTools go back as tool calls and results; others as text.
    QList<ChatMessage> conversation(const QStringList &offeredTools = {}) const;
    ChatReply *startStream(const ChatRequest &request);
    ChatRequest baseRequest() const;
    // The chat's reasoning effort, image output and web search, as far as the model takes them, and the
    // routing key.
    void applyModelOptions(ChatRequest &request) const;
    // The chat's own system prompt and parameters; unset ones are left out of the request.
    ChatParameters chatParameters() const;
    int maxAnswerTokens() const;
    void applyParameters(ChatRequest *request) const;
    MessageMetadata metadataFor(const ChatResult &result) const;

    virtual void onStreamFinished(const ChatResult &result);
    // Adds a finished call's tokens and cost to the answer's totals and closes its generation row.
    // generationId: the call's generation row when another call has started since (0: the current one).
    void recordFinishedCall(const ChatResult &result, qint64 generationId = 0);
    void onStreamFailed(const ChatError &error);

    QPointer<ChatReply> m_stream;
    qint64 m_generationId = 0;
    // Totals across the calls of one answer (Auto mode makes several).
    qint64 m_promptTokens = 0;
    qint64 m_completionTokens = 0;
    qint64 m_reasoningTokens = 0;
    QJsonArray m_reasoningDetails;
    double m_costUsd = 0;
    QList<Citation> m_citations;
    qint64 m_webSearches = 0;
    qint64 m_firstByteMs = -1;
    // One per answer, sent with each of its calls as OpenRouter's session_id: a tool round's replayed
    // reasoning_details (thought signatures) are valid only at the provider that made them.
    const QString m_routingSession;
};

} // namespace confab
