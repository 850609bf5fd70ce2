#include "engine/TitleWriter.h"

#include "engine/ConversationEngine.h"
#include "engine/ErrorCodes.h"
#include "keys/KeyStore.h"
#include "openrouter/ChatProvider.h"
#include "settings/Settings.h"
#include "store/Store.h"

#include <QElapsedTimer>

#include <memory>

namespace confab {
namespace {

// Enough of the first exchange to say what it is about, and little enough to stay cheap.
constexpr int ExcerptLength = 1500;
constexpr int TitleTokens = 24;
constexpr int TitleLength = 60;

} // namespace

TitleWriter::TitleWriter(ConversationEngine *engine, Store *store, Settings *settings, KeyStore *keys,
                         ChatProvider *chat, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_keys(keys)
    , m_chat(chat)
{
    connect(engine, &ConversationEngine::turnFinished, this,
            [this](qint64 sessionId, qint64 answerId, bool succeeded, const QString &) {
                onTurnFinished(sessionId, answerId, succeeded);
            });
}

TitleWriter::~TitleWriter()
{
    for (const QPointer<ChatReply> &stream : std::as_const(m_running)) {
        if (stream && !stream->isDone())
            stream->cancel();
    }
}

QString TitleWriter::instruction()
{
    return QStringLiteral(
        "You name conversations. Reply with a title of at most six words for the conversation below, in "
        "its language, without quotes or a closing period.");
}

QString TitleWriter::cleaned(const QString &reply)
{
    QString title = reply.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    static const QString quotes = QStringLiteral("\"'“”‘’«»*#");
    while (!title.isEmpty() && quotes.contains(title.front()))
        title.remove(0, 1);
    while (!title.isEmpty() && (quotes.contains(title.back()) || title.back() == QLatin1Char('.')))
        title.chop(1);
    if (title.startsWith(QStringLiteral("Title:"), Qt::CaseInsensitive))
        title = title.mid(6).trimmed();
    return title.left(TitleLength).trimmed();
}

void TitleWriter::onTurnFinished(qint64 sessionId, qint64 answerId, bool succeeded)
{
    Store *store = m_store;
    if (!succeeded || m_settings->titleModel().isEmpty() || isWriting(sessionId) ||
        !m_keys->hasKey(Provider::OpenRouter))
        return;
    const auto answer = store->messages()->get(answerId);
    if (!answer || answer->parentId == 0)
        return;
    const auto question = store->messages()->get(answer->parentId);
    const auto session = store->sessions()->get(sessionId);
    // Only the first exchange names a chat, and never one the user has named.
    if (!question || question->parentId != 0 || !session ||
        session->title != titleFromPrompt(question->content))
        return;
    write(sessionId, answerId, question->content, answer->content, session->title);
}

void TitleWriter::write(qint64 sessionId, qint64 answerId, const QString &question, const QString &answer,
                        const QString &fallbackTitle)
{
    Store *store = m_store;
    ChatRequest request;
    request.model = m_settings->titleModel();
    request.maxTokens = TitleTokens;
    request.messages << ChatMessage{QStringLiteral("system"), instruction(), {}, {}, {}, {}, {}};
    request.messages << ChatMessage{QStringLiteral("user"),
                                    QStringLiteral("Question: %1\n\nAnswer: %2")
                                        .arg(question.left(ExcerptLength), answer.left(ExcerptLength)),
                                    {},
                                    {},
                                    {},
                                    {},
                                    {}};

    Generation generation;
    generation.messageId = answerId;
    generation.kind = GenerationKind::Title;
    generation.provider = m_chat->name();
    generation.model = request.model;
    const qint64 generationId = store->generations()->start(generation).value_or(0);

    ChatReply *stream = m_chat->streamChat(request);
    m_running.insert(sessionId, stream);
    auto text = std::make_shared<QString>();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(stream, &ChatReply::textDelta, this, [store, sessionId, text](const QString &delta) {
        *text += delta;
        if (const QString title = cleaned(*text); !title.isEmpty())
            store->sessions()->rename(sessionId, title);
    });
    connect(stream, &ChatReply::finished, this, [=, this](const ChatResult &result) {
        m_running.remove(sessionId);
        stream->deleteLater();
        const QString title = cleaned(result.text.isEmpty() ? *text : result.text);
        store->sessions()->rename(sessionId, title.isEmpty() ? fallbackTitle : title);
        GenerationOutcome outcome;
        outcome.requestId = result.generationId;
        if (result.msToFirstByte >= 0)
            outcome.firstByteMs = result.msToFirstByte;
        outcome.totalMs = result.totalMs;
        outcome.promptTokens = result.promptTokens;
        outcome.completionTokens = result.completionTokens;
        outcome.costUsd = result.cost;
        if (generationId > 0)
            store->generations()->finish(generationId, outcome);
        emit titleFinished(sessionId, !title.isEmpty());
    });
    connect(stream, &ChatReply::failed, this, [=, this](const ChatError &error) {
        m_running.remove(sessionId);
        stream->deleteLater();
        // A half-written title is worse than the one from the prompt.
        store->sessions()->rename(sessionId, fallbackTitle);
        GenerationOutcome outcome;
        outcome.status =
            error.kind == ChatError::Kind::Cancelled ? GenerationStatus::Cancelled : GenerationStatus::Failed;
        outcome.errorCode = generationErrorCode(error);
        outcome.totalMs = clock->elapsed();
        if (generationId > 0)
            store->generations()->finish(generationId, outcome);
        emit titleFinished(sessionId, false);
    });
}

} // namespace confab
