#include "ConversationEngine.h"

#include "engine/AnswerLength.h"
#include "engine/AutoTurn.h"
#include "engine/DocumentContext.h"
#include "engine/ImageCall.h"
#include "engine/ImageTurn.h"
#include "engine/SessionImages.h"
#include "engine/TextTurn.h"
#include "engine/WebSearch.h"
#include "fal/FalClient.h"
#include "fal/FalImageModels.h"
#include "fal/FalPricing.h"
#include "keys/KeyStore.h"
#include "limits/PromptValidator.h"
#include "limits/SpendGuard.h"
#include "log/LogCategories.h"
#include "mcp/McpConnections.h"
#include "openrouter/ChatProvider.h"
#include "openrouter/ModelCatalog.h"
#include "openrouter/OpenRouterClient.h"
#include "settings/ChatPresets.h"
#include "settings/Settings.h"
#include "store/Store.h"

#include <QHostAddress>

namespace confab {

namespace {
bool needsOpenRouter(GenerationMode mode)
{
    return mode == GenerationMode::Text || mode == GenerationMode::Auto;
}

SessionType sessionTypeFor(GenerationMode mode)
{
    switch (mode) {
    case GenerationMode::Text:
        return SessionType::Text;
    case GenerationMode::TextToImage:
    case GenerationMode::ImageToImage:
        return SessionType::Image;
    case GenerationMode::Auto:
        return SessionType::Mixed;
    }
    return SessionType::Text;
}
} // namespace

ConversationEngine::ConversationEngine(const Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_rateLimiter(services.settings->requestsPerMinute())
{
    connect(m_services.settings, &Settings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::RequestsPerMinute)
            m_rateLimiter.setRequestsPerMinute(m_services.settings->requestsPerMinute());
        if (key == SettingKey::DailyCapUsd || key == SettingKey::MonthlyCapUsd)
            emit readinessChanged();
    });
    connect(m_services.keys, &KeyStore::keyChanged, this, &ConversationEngine::readinessChanged);
    connect(m_services.keys, &KeyStore::loaded, this, &ConversationEngine::readinessChanged);
    connect(m_services.store->generations(), &GenerationStore::generationFinished, this,
            &ConversationEngine::readinessChanged);
}

ConversationEngine::~ConversationEngine()
{
    stopAll();
}

QString ConversationEngine::defaultModel(GenerationMode mode) const
{
    switch (mode) {
    case GenerationMode::Text:
        return m_services.settings->textModel();
    case GenerationMode::Auto:
        return m_services.settings->autoModel();
    case GenerationMode::TextToImage:
        return ImageCall::modelFor(false, {}, m_services.settings);
    case GenerationMode::ImageToImage:
        return ImageCall::modelFor(true, {}, m_services.settings);
    }
    return {};
}

Readiness ConversationEngine::readiness(GenerationMode mode) const
{
    KeyStore *keys = m_services.keys;
    if (!keys->isLoaded() && keys->isBusy())
        return {false, tr("Reading your API keys from the keychain…")};
    const Provider provider = needsOpenRouter(mode) ? Provider::OpenRouter : Provider::Fal;
    if (!keys->hasKey(provider)) {
        QString reason = tr("Add your %1 API key in Settings → Keys (or set %3) to send in %2 mode.")
                             .arg(providerDisplayName(provider), displayName(mode),
                                  provider == Provider::OpenRouter ? QStringLiteral("OPENROUTER_API_KEY")
                                                                   : QStringLiteral("FAL_KEY"));
        if (keys->isKeychainUnavailable())
            reason += u' ' + keys->keychainMessage();
        return {false, reason};
    }
    if (!m_online && !serviceIsLocal(mode))
        return {false,
                tr("You are offline, so nothing can be sent to %1. Your history, search and export still "
                   "work, and what you typed is kept.")
                    .arg(providerDisplayName(provider))};
    if (const SpendCheck spend = checkSpend(0); spend.verdict == SpendVerdict::Refuse)
        return {false, spend.message};
    return {};
}

SpendCheck ConversationEngine::checkSpend(double estimatedCostUsd) const
{
    const SpendGuard guard(
        [this](const QDateTime &since) { return m_services.store->generations()->costSince(since); });
    return guard.check({m_services.settings->dailyCapUsd(), m_services.settings->monthlyCapUsd()},
                       estimatedCostUsd);
}

void ConversationEngine::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    emit readinessChanged();
}

bool ConversationEngine::serviceIsLocal(GenerationMode mode) const
{
    const QUrl url = needsOpenRouter(mode) ? m_services.chat->endpoint() : m_services.fal->queueBaseUrl();
    const QString host = url.host();
    return host == QStringLiteral("localhost") || QHostAddress(host).isLoopback();
}

QString ConversationEngine::checkLimits(const TurnRequest &request) const
{
    Settings *settings = m_services.settings;
    PromptValidator validator(
        {settings->maxPromptLength(), settings->maxInputImages(), settings->maxImageUploadBytes()});
    if (const Validation prompt = validator.checkPrompt(request.prompt); !prompt)
        return prompt.message;
    if (const Validation images = validator.checkImageCount(static_cast<int>(request.imageHashes.size()));
        !images)
        return images.message;
    for (const QString &hash : request.imageHashes) {
        if (!m_services.store->images()->contains(hash))
            return tr("An attached image is no longer in the image store; attach it again.");
    }
    if (request.mode == GenerationMode::TextToImage || request.mode == GenerationMode::ImageToImage) {
        const int count = request.image.count > 0 ? request.image.count : settings->imageCount();
        if (count < 1 || count > 4)
            return tr("Choose between 1 and 4 images (asked for %1).").arg(count);
    }
    if (const QString documents = documentRefusal(request); !documents.isEmpty())
        return documents;
    if (request.sessionId != 0 && isBusy(request.sessionId))
        return tr("This chat is still answering. Stop it or wait for it to finish.");
    if (request.newVersionOf > 0) {
        const auto edited = m_services.store->messages()->get(request.newVersionOf);
        if (!edited || edited->sessionId != request.sessionId || edited->role != MessageRole::User)
            return tr("The question you edited is no longer in this chat.");
    }
    return {};
}

QString ConversationEngine::documentRefusal(const TurnRequest &request) const
{
    if (request.documents.isEmpty())
        return {};
    QString model = request.model;
    if (model.isEmpty() && request.sessionId != 0) {
        if (const auto session = m_services.store->sessions()->get(request.sessionId))
            model = session->model;
    }
    if (model.isEmpty())
        model = defaultModel(request.mode);
    const ModelInfo *info = m_services.models ? m_services.models->find(model) : nullptr;
    const bool chat = request.mode == GenerationMode::Text || request.mode == GenerationMode::Auto;
    return documentcontext::refusal(request.documents, chat, *m_services.store->documents(), info,
                                    m_services.settings->maxTokens());
}

QString ConversationEngine::imageModelRefusal(const TurnRequest &request) const
{
    const bool edit = request.mode == GenerationMode::ImageToImage;
    if ((!edit && request.mode != GenerationMode::TextToImage) || request.model.isEmpty())
        return {};
    const FalImageModel::Kind kind = edit ? FalImageModel::Kind::Edit : FalImageModel::Kind::TextToImage;
    if (const FalImageModel *model = falimagemodels::find(request.model); model && model->kind == kind)
        return {};
    return edit ? tr("\"%1\" is not an image edit model Confab offers; choose one of: %2.")
                      .arg(request.model, falimagemodels::ids(kind).join(QStringLiteral(", ")))
                : tr("\"%1\" is not a text-to-image model Confab offers; choose one of: %2.")
                      .arg(request.model, falimagemodels::ids(kind).join(QStringLiteral(", ")));
}

QString ConversationEngine::refusalFor(const TurnRequest &request) const
{
    if (const QString limit = checkLimits(request); !limit.isEmpty())
        return limit;
    if (const Readiness ready = readiness(request.mode); !ready.canSend)
        return ready.reason;
    if (const QString model = imageModelRefusal(request); !model.isEmpty())
        return model;
    if (request.mode == GenerationMode::ImageToImage && request.imageHashes.isEmpty() &&
        (request.sessionId == 0 || latestSessionImage(m_services.store, request.sessionId).isEmpty()))
        return tr("Attach an image to edit (drop, paste or pick one), or generate one first.");
    return {};
}

SendOutcome ConversationEngine::send(const TurnRequest &request)
{
    SendOutcome outcome;
    if (const QString refusal = refusalFor(request); !refusal.isEmpty()) {
        outcome.message = refusal;
        return outcome;
    }

    TurnRequest resolved = request;
    if (resolved.mode == GenerationMode::ImageToImage && resolved.imageHashes.isEmpty())
        resolved.imageHashes << latestSessionImage(m_services.store, resolved.sessionId);

    const double estimate =
        resolved.mode == GenerationMode::TextToImage || resolved.mode == GenerationMode::ImageToImage
            ? FalPricing().cost(resolved.model.isEmpty() ? defaultModel(resolved.mode) : resolved.model,
                                resolved.image.count > 0 ? resolved.image.count
                                                         : m_services.settings->imageCount())
            : (resolved.webSearch ? WebSearchCostUsd : 0.0);
    const SpendCheck spend = checkSpend(estimate);
    if (spend.verdict == SpendVerdict::Refuse) {
        outcome.message = spend.message;
        return outcome;
    }
    if (const RateDecision rate = m_rateLimiter.tryAcquire(); !rate) {
        outcome.message = rate.message;
        return outcome;
    }

    Store *store = m_services.store;
    if (resolved.sessionId == 0) {
        ChatParameters parameters;
        if (resolved.parameters)
            parameters = *resolved.parameters;
        else if (const auto preset = ChatPresets(m_services.settings).defaultPreset())
            parameters = preset->parameters;
        const auto session = store->sessions()->create(
            titleFromPrompt(resolved.prompt), sessionTypeFor(resolved.mode), resolved.model, parameters);
        if (!session) {
            outcome.message = tr("Could not start a new chat: %1").arg(store->sessions()->lastError());
            return outcome;
        }
        resolved.sessionId = session->id;
    }
    if (!needsOpenRouter(resolved.mode)) {
        // The fal model asked for (checked above), else the default for the mode.
        if (resolved.model.isEmpty())
            resolved.model = defaultModel(resolved.mode);
    } else if (resolved.model.isEmpty()) {
        const auto session = store->sessions()->get(resolved.sessionId);
        resolved.model = session && !session->model.isEmpty() ? session->model : defaultModel(resolved.mode);
    } else {
        store->sessions()->setModel(resolved.sessionId, resolved.model);
    }
    if (resolved.reasoningEffort)
        store->sessions()->setReasoningEffort(resolved.sessionId, *resolved.reasoningEffort);
    if (m_services.mcp) {
        // A new chat starts with the default servers; a request naming servers makes them the chat's.
        McpChatServers &chats = m_services.mcp->chatServers();
        if (resolved.toolServers)
            chats.setServers(resolved.sessionId, *resolved.toolServers);
        else if (request.sessionId == 0)
            chats.setServers(resolved.sessionId, chats.defaultServers());
    }
    if (resolved.pdfEngine)
        store->sessions()->setPdfEngine(resolved.sessionId, *resolved.pdfEngine);

    NewMessage user;
    user.sessionId = resolved.sessionId;
    if (resolved.newVersionOf > 0)
        user.parentId = store->messages()->get(resolved.newVersionOf)->parentId;
    user.role = MessageRole::User;
    user.content = resolved.prompt;
    user.status = MessageStatus::Completed;
    const bool attachInputs = resolved.mode != GenerationMode::Text || !resolved.imageHashes.isEmpty();
    if (attachInputs) {
        int position = 0;
        for (const QString &hash : std::as_const(resolved.imageHashes)) {
            user.images << inputImageLink(store, hash, position++);
        }
    }
    for (qsizetype i = 0; i < resolved.documents.size(); ++i) {
        user.documents << resolved.documents.at(i);
        user.documents.last().position = int(i);
    }
    user.contentType =
        user.images.isEmpty() && user.documents.isEmpty() ? ContentType::Text : ContentType::Mixed;
    const auto userMessage = store->messages()->create(user);

    NewMessage answer;
    answer.sessionId = resolved.sessionId;
    if (userMessage)
        answer.parentId = userMessage->id;
    answer.role = MessageRole::Assistant;
    answer.status = MessageStatus::Pending;
    answer.contentType = needsOpenRouter(resolved.mode) ? ContentType::Text : ContentType::Image;
    answer.metadata.model = resolved.model;
    answer.metadata.mode = toString(resolved.mode);
    answer.metadata.request = requestToJson(resolved);
    const auto assistant = store->messages()->create(answer);
    if (!userMessage || !assistant) {
        outcome.message = tr("Could not save the message: %1").arg(store->messages()->lastError());
        return outcome;
    }

    outcome = start(resolved.sessionId, assistant->id, resolved);
    outcome.userMessageId = userMessage->id;
    if (spend.verdict == SpendVerdict::Warn) {
        outcome.message = spend.message;
        emit notice(spend.message);
    }
    return outcome;
}

ConversationEngine::Rerun ConversationEngine::prepareRerun(qint64 assistantMessageId)
{
    Rerun rerun;
    Store *store = m_services.store;
    rerun.answer = store->messages()->get(assistantMessageId);
    if (!rerun.answer || rerun.answer->role != MessageRole::Assistant) {
        rerun.refusal = tr("There is no answer to run again.");
        return rerun;
    }
    const Message &answer = *rerun.answer;
    if (isBusy(answer.sessionId)) {
        rerun.refusal = tr("This chat is still answering. Stop it or wait for it to finish.");
        return rerun;
    }
    const QList<Message> before = store->messages()->page(answer.sessionId, assistantMessageId, 1);
    if (before.isEmpty() || before.last().role != MessageRole::User) {
        rerun.refusal = tr("The question this answer belongs to is gone, so it cannot be run again.");
        return rerun;
    }
    const Message &question = before.last();
    TurnRequest &request = rerun.request;
    request = requestFromJson(answer.metadata.request);
    request.mode = generationModeFromString(answer.metadata.mode).value_or(GenerationMode::Text);
    request.sessionId = answer.sessionId;
    request.prompt = question.content;
    if (request.model.isEmpty())
        request.model = answer.metadata.model.isEmpty() ? defaultModel(request.mode) : answer.metadata.model;
    request.imageHashes.clear();
    for (const MessageImage &image : question.images)
        request.imageHashes << image.hash;
    if (request.mode == GenerationMode::ImageToImage && request.imageHashes.isEmpty())
        request.imageHashes << latestSessionImage(store, answer.sessionId, question.id);

    if (const Readiness ready = readiness(request.mode); !ready.canSend) {
        rerun.refusal = ready.reason;
        return rerun;
    }
    if (const RateDecision rate = m_rateLimiter.tryAcquire(); !rate) {
        rerun.refusal = rate.message;
        return rerun;
    }
    rerun.question = question;
    return rerun;
}

SendOutcome ConversationEngine::retry(qint64 assistantMessageId)
{
    const Rerun rerun = prepareRerun(assistantMessageId);
    if (!rerun.question) {
        SendOutcome refused;
        refused.message = rerun.refusal;
        return refused;
    }
    m_services.store->messages()->resetForRetry(assistantMessageId);
    SendOutcome outcome = start(rerun.answer->sessionId, assistantMessageId, rerun.request);
    outcome.userMessageId = rerun.question->id;
    return outcome;
}

SendOutcome ConversationEngine::continueAnswer(qint64 assistantMessageId)
{
    SendOutcome outcome;
    const auto answer = m_services.store->messages()->get(assistantMessageId);
    // An answer cut at its length limit goes on where it stopped, as a stopped one does.
    if (!answer || (answer->status != MessageStatus::Stopped && !stoppedAtLengthLimit(*answer)) ||
        answer->content.isEmpty()) {
        outcome.message = tr("Only a stopped answer with some text can be continued.");
        return outcome;
    }
    Rerun rerun = prepareRerun(assistantMessageId);
    if (!rerun.question) {
        outcome.message = rerun.refusal;
        return outcome;
    }
    if (rerun.request.mode != GenerationMode::Text) {
        outcome.message = tr("Only text answers can be continued; use Retry for images.");
        return outcome;
    }
    rerun.request.continuation = true;
    m_services.store->messages()->resume(assistantMessageId);
    outcome = start(rerun.answer->sessionId, assistantMessageId, rerun.request);
    outcome.userMessageId = rerun.question->id;
    return outcome;
}

SendOutcome ConversationEngine::regenerate(qint64 assistantMessageId, const QString &model)
{
    Rerun rerun = prepareRerun(assistantMessageId);
    SendOutcome outcome;
    if (!rerun.question) {
        outcome.message = rerun.refusal;
        return outcome;
    }
    if (!model.isEmpty())
        rerun.request.model = model;
    NewMessage answer;
    answer.sessionId = rerun.answer->sessionId;
    answer.parentId = rerun.question->id;
    answer.role = MessageRole::Assistant;
    answer.status = MessageStatus::Pending;
    answer.contentType =
        rerun.answer->contentType == ContentType::Image ? ContentType::Image : ContentType::Text;
    answer.metadata.model = rerun.request.model;
    answer.metadata.mode = rerun.answer->metadata.mode;
    answer.metadata.request = requestToJson(rerun.request);
    const auto created = m_services.store->messages()->create(answer);
    if (!created) {
        outcome.message = tr("Could not save the message: %1").arg(m_services.store->messages()->lastError());
        return outcome;
    }
    outcome = start(created->sessionId, created->id, rerun.request);
    outcome.userMessageId = rerun.question->id;
    return outcome;
}

SendOutcome ConversationEngine::start(qint64 sessionId, qint64 assistantMessageId, const TurnRequest &request)
{
    TurnContext context;
    context.store = m_services.store;
    context.settings = m_services.settings;
    context.chat = m_services.chat;
    context.fal = m_services.fal;
    context.models = m_services.models;
    context.rateLimiter = &m_rateLimiter;
    context.mcp = m_services.mcp;
    context.approver = m_approver;
    if (request.mode == GenerationMode::Text || request.mode == GenerationMode::Auto)
        context.toolServers = toolServers(sessionId);
    context.sessionId = sessionId;
    context.assistantMessageId = assistantMessageId;
    context.request = request;

    Turn *turn = nullptr;
    switch (request.mode) {
    case GenerationMode::Text:
        // A chat with tools talks to them as Auto mode does, without the image tools.
        if (context.toolServers.isEmpty())
            turn = new TextTurn(context, this);
        else
            turn = new AutoTurn(context, this);
        break;
    case GenerationMode::TextToImage:
    case GenerationMode::ImageToImage:
        turn = new ImageTurn(context, this);
        break;
    case GenerationMode::Auto:
        turn = new AutoTurn(context, this);
        break;
    }
    m_running.insert(sessionId, turn);
    connect(turn, &Turn::done, this, &ConversationEngine::onTurnDone);
    connect(turn, &Turn::toolCallChanged, this, &ConversationEngine::toolCallChanged);
    emit busyChanged(sessionId, true);
    qCInfo(lcEngine).noquote() << "turn started: session" << sessionId << "answer" << assistantMessageId
                               << "mode" << toString(request.mode);
    turn->start();

    SendOutcome outcome;
    outcome.accepted = true;
    outcome.sessionId = sessionId;
    outcome.assistantMessageId = assistantMessageId;
    return outcome;
}

void ConversationEngine::onTurnDone(qint64 sessionId, qint64 messageId, bool succeeded, const QString &error)
{
    if (const QPointer<Turn> turn = m_running.take(sessionId))
        turn->deleteLater();
    emit busyChanged(sessionId, false);
    if (succeeded)
        qCInfo(lcEngine) << "turn finished: session" << sessionId << "answer" << messageId;
    else
        qCWarning(lcEngine).noquote()
            << "turn failed: session" << sessionId << "answer" << messageId << error;
    emit turnFinished(sessionId, messageId, succeeded, error);
}

bool ConversationEngine::stop(qint64 sessionId)
{
    const QPointer<Turn> turn = m_running.value(sessionId);
    if (!turn)
        return false;
    turn->stop();
    return true;
}

void ConversationEngine::stopAll()
{
    for (const qint64 sessionId : m_running.keys())
        stop(sessionId);
    m_services.store->messages()->flush();
}

QStringList ConversationEngine::toolServers(qint64 sessionId) const
{
    if (!m_services.mcp)
        return {};
    McpChatServers &chats = m_services.mcp->chatServers();
    return sessionId == 0 ? chats.defaultServers() : chats.servers(sessionId);
}

bool ConversationEngine::isBusy(qint64 sessionId) const
{
    return !m_running.value(sessionId).isNull();
}

qint64 ConversationEngine::runningMessage(qint64 sessionId) const
{
    const QPointer<Turn> turn = m_running.value(sessionId);
    return turn ? turn->messageId() : 0;
}

} // namespace confab
