#include "TextTurn.h"

#include "engine/AnswerLength.h"
#include "engine/ContextBuilder.h"
#include "engine/DocumentContext.h"
#include "engine/ErrorCodes.h"
#include "engine/ReasoningEffort.h"
#include "engine/WebSearch.h"
#include "limits/ImagePreparation.h"
#include "limits/RateLimiter.h"
#include "openrouter/ChatProvider.h"
#include "openrouter/ModelCatalog.h"
#include "settings/Settings.h"
#include "store/Store.h"

#include <QUuid>

#include <memory>

namespace confab {

namespace {
// Enough history to fill any context window we would send; the builder trims it to the model's budget.
constexpr int HistoryMessages = 400;
} // namespace

TextTurn::TextTurn(TurnContext context, QObject *parent)
    : Turn(std::move(context), parent)
    , m_routingSession(QStringLiteral("confab-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

QList<ChatMessage> TextTurn::conversation(const QStringList &offeredTools) const
{
    Store *store = m_context.store;
    QList<Message> history = store->messages()->page(sessionId(), messageId(), HistoryMessages);
    const ModelInfo *model = m_context.models ? m_context.models->find(m_context.request.model) : nullptr;
    const qint64 maxImageBytes = m_context.settings->maxImageUploadBytes();
    ContextBuilder builder(model, maxAnswerTokens(), [store, maxImageBytes](const MessageImage &image) {
        ImagePart part{{}, store->images()->bytes(image.hash), image.mime};
        // A chat from before pictures were converted at intake may hold a BMP or TIFF; providers refuse
        // those, and the picture would fail every later turn of the chat.
        if (!isSendableImageType(part.mime)) {
            const PreparedImage sendable = prepareImageData(part.bytes, image.hash, maxImageBytes);
            if (sendable.ok) {
                part.bytes = sendable.bytes;
                part.mime = sendable.mimeType;
            }
        }
        return part;
    });
    builder.setOfferedTools(offeredTools);
    builder.setDocumentLoader([store](const AttachedDocument &document) {
        return documentcontext::part(document, *store->documents());
    });
    QString systemPrompt = chatParameters().systemPrompt;
    if (systemPrompt.isEmpty())
        systemPrompt = m_context.settings->systemPrompt();
    QList<ChatMessage> messages = builder.build(systemPrompt, history);
    if (m_context.request.continuation) {
        if (const auto partial = store->messages()->get(messageId())) {
            ChatMessage prefill;
            prefill.role = QStringLiteral("assistant");
            prefill.text = partial->content;
            messages.append(prefill);
        }
    }
    return messages;
}

ChatParameters TextTurn::chatParameters() const
{
    const auto session = m_context.store->sessions()->get(sessionId());
    return session ? session->parameters() : ChatParameters();
}

int TextTurn::maxAnswerTokens() const
{
    const ModelInfo *model = m_context.models ? m_context.models->find(m_context.request.model) : nullptr;
    return answerTokenLimit(chatParameters().maxTokens.value_or(m_context.settings->maxTokens()), model);
}

void TextTurn::applyParameters(ChatRequest *request) const
{
    const ChatParameters parameters = chatParameters();
    request->maxTokens = maxAnswerTokens();
    request->temperature = parameters.temperature;
    request->topP = parameters.topP;
}

ChatRequest TextTurn::baseRequest() const
{
    ChatRequest request;
    request.model = m_context.request.model;
    request.messages = conversation();
    applyParameters(&request);
    applyModelOptions(request);
    return request;
}

void TextTurn::applyModelOptions(ChatRequest &request) const
{
    request.sessionId = m_routingSession;
    const ModelInfo *model = m_context.models ? m_context.models->find(request.model) : nullptr;
    const auto session = m_context.store->sessions()->get(sessionId());
    if (session)
        request.reasoningEffort = reasoningEffortToSend(session->reasoningEffort, model);
    // Models that can draw answer in text only unless asked for images.
    if (model && model->outputsImages())
        request.modalities = {QStringLiteral("image"), QStringLiteral("text")};
    request.pdfEngine = documentcontext::pdfEngineFor(model, session ? session->pdfEngine : QString());
    if (m_context.request.webSearch)
        request.webSearchResults = WebSearchResults;
}

void TextTurn::start()
{
    startStream(baseRequest());
}

ChatReply *TextTurn::startStream(const ChatRequest &request)
{
    m_generationId = beginGeneration(GenerationKind::Chat, m_context.chat->name(), request.model);
    m_stream = m_context.chat->streamChat(request);
    // Every provider call belongs to the turn that made it and goes with it, request body and all; left with
    // the client, each one would live until the app quits.
    m_stream->setParent(this);
    m_context.store->messages()->beginStreaming(messageId());
    connect(m_stream, &ChatReply::textDelta, this,
            [this](const QString &text) { m_context.store->messages()->appendContent(messageId(), text); });
    // Each call of a tool conversation thinks anew; its reasoning starts a paragraph of its own.
    auto firstReasoning = std::make_shared<bool>(true);
    connect(m_stream, &ChatReply::reasoningDelta, this, [this, firstReasoning](const QString &text) {
        MessageStore *messages = m_context.store->messages();
        const auto message = messages->get(messageId());
        const bool newParagraph = *firstReasoning && message && !message->reasoning.isEmpty();
        *firstReasoning = false;
        messages->appendReasoning(messageId(), newParagraph ? QStringLiteral("\n\n") + text : text);
    });
    connect(m_stream, &ChatReply::imageReceived, this, [this](const QByteArray &bytes, const QString &mime) {
        storeOutputImages({{bytes, mime}});
    });
    connect(m_stream, &ChatReply::finished, this, &TextTurn::onStreamFinished);
    connect(m_stream, &ChatReply::failed, this, &TextTurn::onStreamFailed);
    return m_stream;
}

void TextTurn::cancelProviderCall()
{
    if (m_stream && !m_stream->isDone())
        m_stream->cancel();
}

MessageMetadata TextTurn::metadataFor(const ChatResult &result) const
{
    MessageMetadata metadata;
    if (const auto message = m_context.store->messages()->get(messageId()))
        metadata = message->metadata;
    metadata.model = result.model.isEmpty() ? m_context.request.model : result.model;
    metadata.finishReason = result.finishReason;
    // A continued answer is one answer: its cost is what both parts cost.
    const bool adds = m_context.request.continuation;
    metadata.promptTokens = (adds ? metadata.promptTokens : 0) + m_promptTokens;
    metadata.completionTokens = (adds ? metadata.completionTokens : 0) + m_completionTokens;
    metadata.reasoningTokens = (adds ? metadata.reasoningTokens : 0) + m_reasoningTokens;
    metadata.costUsd = (adds ? metadata.costUsd : 0.0) + m_costUsd;
    metadata.webSearches = (adds ? metadata.webSearches : 0) + m_webSearches;
    if (!adds)
        metadata.citations.clear();
    for (const Citation &citation : m_citations)
        addCitation(metadata.citations, citation);
    return metadata;
}

void TextTurn::onStreamFinished(const ChatResult &result)
{
    recordFinishedCall(result);
    succeed(metadataFor(result));
}

void TextTurn::recordFinishedCall(const ChatResult &result, qint64 generationId)
{
    m_promptTokens += result.promptTokens;
    m_completionTokens += result.completionTokens;
    m_reasoningTokens += result.reasoningTokens;
    if (!result.reasoningDetails.isEmpty()) {
        for (const QJsonValue &detail : result.reasoningDetails)
            m_reasoningDetails.append(detail);
        m_context.store->messages()->setReasoningDetails(messageId(), m_reasoningDetails);
    }
    m_costUsd += result.cost.value_or(0);
    m_webSearches += result.webSearches;
    for (const Citation &citation : result.citations)
        addCitation(m_citations, citation);
    if (m_firstByteMs < 0)
        m_firstByteMs = result.msToFirstByte;

    GenerationOutcome outcome;
    outcome.requestId = result.generationId;
    outcome.firstByteMs =
        result.msToFirstByte >= 0 ? std::optional<qint64>(result.msToFirstByte) : std::nullopt;
    outcome.totalMs = result.totalMs;
    outcome.promptTokens = result.promptTokens;
    outcome.completionTokens = result.completionTokens;
    outcome.images = result.imageCount;
    outcome.costUsd = result.cost;
    endGeneration(generationId > 0 ? generationId : m_generationId, outcome);
}

void TextTurn::onStreamFailed(const ChatError &error)
{
    if (m_stream && !m_stream->progress().reasoningDetails.isEmpty()) {
        for (const QJsonValue &detail : m_stream->progress().reasoningDetails)
            m_reasoningDetails.append(detail);
        m_context.store->messages()->setReasoningDetails(messageId(), m_reasoningDetails);
    }
    GenerationOutcome outcome;
    outcome.status =
        error.kind == ChatError::Kind::Cancelled ? GenerationStatus::Cancelled : GenerationStatus::Failed;
    outcome.errorCode = generationErrorCode(error);
    outcome.totalMs = elapsedMs();
    endGeneration(m_generationId, outcome);

    if (error.kind == ChatError::Kind::RateLimited && error.retryAfterSeconds > 0 && m_context.rateLimiter)
        m_context.rateLimiter->noteRetryAfter(error.retryAfterSeconds);

    if (isStopping() || error.kind == ChatError::Kind::Cancelled)
        finishStopped();
    else
        failWith(error.message);
}

} // namespace confab
