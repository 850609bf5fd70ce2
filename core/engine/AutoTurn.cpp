#include "AutoTurn.h"

#include "engine/ImageCall.h"
#include "engine/ImageTools.h"
#include "engine/SessionImages.h"
#include "fal/FalClient.h"
#include "settings/Settings.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace confab {

AutoTurn::AutoTurn(TurnContext context, QObject *parent)
    : TextTurn(std::move(context), parent)
{}

ChatRequest AutoTurn::request() const
{
    ChatRequest request;
    request.model = m_context.request.model;
    request.messages = m_conversation;
    applyParameters(&request);
    applyModelOptions(request);
    // Without a fal key the tools could only fail, so the model is not offered them. Once offered they go
    // with every request of the conversation (the model needs them to read its own earlier calls); the
    // last round forbids further calls instead of dropping them.
    if (m_context.fal && m_context.fal->hasApiKey()) {
        request.tools = imageToolDefinitions();
        if (m_round >= MaxToolRounds)
            request.toolChoice = QStringLiteral("none");
    }
    return request;
}

void AutoTurn::start()
{
    m_conversation = conversation();
    startStream(request());
}

void AutoTurn::cancelProviderCall()
{
    TextTurn::cancelProviderCall();
    if (m_imageCall)
        m_imageCall->cancel();
}

void AutoTurn::onStreamFinished(const ChatResult &result)
{
    recordFinishedCall(result);
    if (result.toolCalls.isEmpty() || m_round >= MaxToolRounds) {
        succeed(metadataFor(result));
        return;
    }
    ChatMessage asked;
    asked.role = QStringLiteral("assistant");
    asked.text = result.text;
    asked.toolCalls = result.toolCalls;
    // Thinking models continue from their own reasoning and refuse the next round without it, unchanged.
    asked.reasoningDetails = result.reasoningDetails;
    m_conversation << asked;
    m_pendingCalls = result.toolCalls;
    ++m_round;
    runNextToolCall();
}

void AutoTurn::runNextToolCall()
{
    if (isOver() || isStopping())
        return;
    if (m_pendingCalls.isEmpty()) {
        continueConversation();
        return;
    }
    const ImageToolRequest tool = parseImageToolCall(m_pendingCalls.first());
    if (!tool.error.isEmpty()) {
        answerToolCall(
            QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), tool.error}})
                .toJson(QJsonDocument::Compact));
        return;
    }
    QStringList inputs;
    if (tool.kind == ImageToolRequest::Kind::Edit) {
        // The newest image may be one this answer just made, so look at the answer itself first.
        QString latest;
        if (const auto answer = m_context.store->messages()->get(messageId());
            answer && !answer->images.isEmpty())
            latest = answer->images.last().hash;
        if (latest.isEmpty())
            latest = latestSessionImage(m_context.store, sessionId(), messageId());
        if (latest.isEmpty()) {
            answerToolCall(
                QStringLiteral(R"({"ok":false,"error":"There is no image in this conversation to edit."})"));
            return;
        }
        inputs << latest;
    }

    m_imageCall = new ImageCall(
        m_context, [this](const auto &images) { return storeOutputImages(images); }, this);
    connect(m_imageCall, &ImageCall::finished, this,
            [this](int stored, int blocked, const QString &, double) {
                m_imagesMade += stored;
                m_context.store->messages()->setProgress(messageId(), {});
                answerToolCall(
                    QJsonDocument(QJsonObject{{QStringLiteral("ok"), stored > 0},
                                              {QStringLiteral("images_shown_to_user"), stored},
                                              {QStringLiteral("images_blocked_by_safety_checker"), blocked}})
                        .toJson(QJsonDocument::Compact));
            });
    connect(m_imageCall, &ImageCall::failed, this, [this](const FalError &error) {
        if (isStopping() || error.kind == FalError::Kind::Cancelled) {
            finishStopped();
            return;
        }
        m_context.store->messages()->setProgress(messageId(), {});
        answerToolCall(QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                                 {QStringLiteral("error"), error.message}})
                           .toJson(QJsonDocument::Compact));
    });
    m_imageCall->start(tool.prompt, inputs, tool.options);
}

void AutoTurn::answerToolCall(const QString &result)
{
    ChatMessage answer;
    answer.role = QStringLiteral("tool");
    answer.toolCallId = m_pendingCalls.takeFirst().id;
    answer.text = result;
    m_conversation << answer;
    runNextToolCall();
}

void AutoTurn::continueConversation()
{
    const auto message = m_context.store->messages()->get(messageId());
    if (message && !message->content.isEmpty())
        m_context.store->messages()->appendContent(messageId(), QStringLiteral("\n\n"));
    startStream(request());
}

} // namespace confab
