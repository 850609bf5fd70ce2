#include "AutoTurn.h"

#include "engine/ImageCall.h"
#include "engine/ImageTools.h"
#include "engine/McpToolCall.h"
#include "engine/SessionImages.h"
#include "fal/FalClient.h"
#include "mcp/McpConnections.h"
#include "settings/Settings.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace confab {

AutoTurn::AutoTurn(TurnContext context, QObject *parent)
    : TextTurn(std::move(context), parent)
{}

bool AutoTurn::offersImageTools() const
{
    // Without a fal key the image tools could only fail, so the model is not offered them.
    return m_context.request.mode == GenerationMode::Auto && m_context.fal && m_context.fal->hasApiKey();
}

int AutoTurn::maxRounds() const
{
    return m_mcpTools.size() > 0 ? MaxMcpToolRounds : MaxToolRounds;
}

ChatRequest AutoTurn::request() const
{
    ChatRequest request;
    request.model = m_context.request.model;
    request.messages = m_conversation;
    applyParameters(&request);
    applyModelOptions(request);
    // Once offered the tools go with every request of the conversation (the model needs them to read its
    // own earlier calls); the last round forbids further calls instead of dropping them.
    if (offersImageTools())
        request.tools = imageToolDefinitions();
    for (const QJsonValue &definition : m_mcpTools.definitions())
        request.tools.append(definition);
    if (!request.tools.isEmpty() && m_round >= maxRounds())
        request.toolChoice = QStringLiteral("none");
    return request;
}

void AutoTurn::start()
{
    const QStringList servers = m_context.toolServers;
    if (servers.isEmpty() || !m_context.mcp) {
        begin();
        return;
    }
    // The servers start with the chat's first answer (and stay up); the answer waits for them, and a
    // server that does not come up is left out with its tools.
    m_context.store->messages()->beginStreaming(messageId());
    m_context.store->messages()->setProgress(messageId(), tr("Starting the chat's tool servers…"));
    m_context.mcp->start(servers);
    m_context.mcp->whenSettled(servers, ServerStartTimeoutMs, [this, guard = QPointer(this)] {
        if (guard && !isOver())
            begin();
    });
}

void AutoTurn::begin()
{
    if (m_context.mcp) {
        for (const QString &server : std::as_const(m_context.toolServers)) {
            const McpServerStatus status = m_context.mcp->status(server);
            if (status.state == McpServerStatus::State::Ready)
                m_mcpTools.addServer(server, status.tools,
                                     {QStringLiteral("generate_image"), QStringLiteral("edit_image")});
        }
        m_context.store->messages()->setProgress(messageId(), {});
    }
    m_conversation = conversation(m_mcpTools.functionNames());
    startStream(request());
}

void AutoTurn::cancelProviderCall()
{
    TextTurn::cancelProviderCall();
    if (m_imageCall)
        m_imageCall->cancel();
    if (m_mcpCall)
        m_mcpCall->cancel();
}

void AutoTurn::onStreamFinished(const ChatResult &result)
{
    if (result.toolCalls.isEmpty() || m_round >= maxRounds()) {
        recordFinishedCall(result);
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
    // The first call leaves before the finished stream's figures are written (a database write): a user
    // waits on the tool, nobody on the bookkeeping.
    const qint64 finishedGeneration = m_generationId;
    runNextToolCall();
    recordFinishedCall(result, finishedGeneration);
}

void AutoTurn::runNextToolCall()
{
    if (isOver() || isStopping())
        return;
    if (m_pendingCalls.isEmpty()) {
        continueConversation();
        return;
    }
    const ToolCall &call = m_pendingCalls.first();
    if (const McpToolNames::Target *target = m_mcpTools.target(call.name))
        runMcpCall(call, *target);
    else
        runImageCall(call);
}

void AutoTurn::runMcpCall(const ToolCall &call, const McpToolNames::Target &target)
{
    ToolCallRecord record;
    record.callId = call.id;
    record.functionName = call.name;
    record.arguments = call.arguments.left(64 * 1024);
    int index = 0;
    if (const auto answer = m_context.store->messages()->get(messageId()))
        index = int(answer->metadata.toolCalls.size());
    ToolApprovalRequest where;
    where.sessionId = sessionId();
    where.messageId = messageId();
    const auto keep = [this](const QList<QPair<QByteArray, QString>> &pictures, QStringList *refusals) {
        return storeToolPictures(pictures, refusals);
    };
    m_mcpCall = new McpToolCall(m_context.mcp, m_context.approver, target, record, where, keep, this);
    connect(m_mcpCall, &McpToolCall::changed, this,
            [this, index](const ToolCallRecord &changed) { recordToolCall(index, changed); });
    connect(m_mcpCall, &McpToolCall::finished, this, [this, index](const ToolCallRecord &finished) {
        recordToolCall(index, finished);
        if (m_mcpCall)
            m_mcpCall->deleteLater();
        // A call cancelled by Stop ends the answer there; Turn::stop() has already marked it.
        if (finished.state == ToolCallRecord::State::Cancelled && isStopping())
            return;
        answerToolCall(finished.textForModel());
    });
    m_mcpCall->start();
}

void AutoTurn::recordToolCall(int index, const ToolCallRecord &record)
{
    MessageStore *messages = m_context.store->messages();
    const auto answer = messages->get(messageId());
    if (!answer)
        return;
    MessageMetadata metadata = answer->metadata;
    while (metadata.toolCalls.size() <= index)
        metadata.toolCalls.append(record);
    metadata.toolCalls[index] = record;
    messages->updateMetadata(messageId(), metadata);
    emit toolCallChanged(sessionId(), messageId(), index, record);
}

void AutoTurn::runImageCall(const ToolCall &call)
{
    const ImageToolRequest tool =
        offersImageTools()
            ? parseImageToolCall(call)
            : ImageToolRequest{ImageToolRequest::Kind::Unknown,
                               {},
                               {},
                               QStringLiteral("There is no tool named \"%1\".").arg(call.name)};
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
