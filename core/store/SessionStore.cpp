#include "store/SessionStore.h"

#include "domain/PdfEngine.h"
#include "store/Database.h"
#include "store/ImageStore.h"
#include "store/SessionRecord.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace confab {
namespace {

SessionType sessionTypeFor(ContentType type)
{
    switch (type) {
    case ContentType::Text:
        return SessionType::Text;
    case ContentType::Image:
        return SessionType::Image;
    case ContentType::Mixed:
        return SessionType::Mixed;
    }
    return SessionType::Mixed;
}

constexpr int TitleLength = 60;

} // namespace

QString titleFromPrompt(const QString &prompt)
{
    QString line = prompt.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() <= TitleLength)
        return line;
    const qsizetype cut = line.lastIndexOf(QLatin1Char(' '), TitleLength);
    return line.left(cut > TitleLength / 2 ? cut : TitleLength) + QStringLiteral("…");
}

SessionStore::SessionStore(Database *database, ImageStore *images, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_images(images)
{}

qint64 SessionStore::nextActivityStamp() const
{
    // Strictly increasing, so "most recently active first" holds even for changes within one millisecond.
    const qint64 now = sql::toEpochMs(QDateTime::currentDateTimeUtc());
    const qint64 latest =
        sql::scalar(m_database->connection(),
                    QStringLiteral("SELECT coalesce(max(updated_at), 0) FROM chat_sessions"))
            .toLongLong();
    return std::max(now, latest + 1);
}

std::optional<Session> SessionStore::create(const QString &title, SessionType type, const QString &model,
                                            const ChatParameters &parameters)
{
    const qint64 now = nextActivityStamp();
    Session session;
    session.title = title;
    session.type = type;
    session.createdAt = session.updatedAt = sql::fromEpochMs(now);
    session.model = model;
    session.systemPrompt = parameters.systemPrompt;
    session.temperature = parameters.temperature;
    session.topP = parameters.topP;
    session.maxTokens = parameters.maxTokens;
    auto query = sql::run(m_database->connection(),
                          QStringLiteral("INSERT INTO chat_sessions (%1) VALUES (%2)")
                              .arg(records::sessionWrittenColumns(), records::sessionPlaceholders()),
                          records::sessionValues(session), &m_lastError);
    if (!query)
        return std::nullopt;
    const qint64 id = query->lastInsertId().toLongLong();
    emit sessionAdded(id);
    return get(id);
}

std::optional<Session> SessionStore::get(qint64 id) const
{
    auto query =
        sql::run(m_database->connection(),
                 QStringLiteral("SELECT %1 FROM chat_sessions WHERE id = ?").arg(records::sessionColumns()),
                 {id}, &m_lastError);
    if (!query || !query->next())
        return std::nullopt;
    return records::sessionFromRow(*query);
}

QList<Session> SessionStore::listed(SessionStatus status, const QString &condition, const QString &limit,
                                    QVariantList binds) const
{
    QList<Session> sessions;
    binds.prepend(toString(status));
    auto query = sql::run(m_database->connection(),
                          QStringLiteral("SELECT %1 FROM chat_sessions WHERE status = ?%2"
                                         " ORDER BY pinned DESC, updated_at DESC, id DESC%3")
                              .arg(records::sessionColumns(), condition, limit),
                          binds, &m_lastError);
    while (query && query->next())
        sessions << records::sessionFromRow(*query);
    return sessions;
}

QList<Session> SessionStore::list(SessionStatus status) const
{
    return listed(status);
}

QList<Session> SessionStore::page(SessionStatus status, int limit, int offset) const
{
    return listed(status, {}, QStringLiteral(" LIMIT ? OFFSET ?"), {limit, offset});
}

QList<Session> SessionStore::list(SessionStatus status, const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QString::number(id);
    // The ids are integers, so listing them inline is safe.
    return listed(status, QStringLiteral(" AND id IN (%1)").arg(numbers.join(QLatin1Char(','))));
}

int SessionStore::count(SessionStatus status) const
{
    return sql::scalar(m_database->connection(),
                       QStringLiteral("SELECT count(*) FROM chat_sessions WHERE status = ?"),
                       {toString(status)}, &m_lastError)
        .toInt();
}

bool SessionStore::update(qint64 id, const QString &column, const QVariant &value)
{
    auto query = sql::run(m_database->connection(),
                          QStringLiteral("UPDATE chat_sessions SET %1 = ? WHERE id = ?").arg(column),
                          {value, id}, &m_lastError);
    if (!query || query->numRowsAffected() == 0) {
        if (query)
            m_lastError = QCoreApplication::translate("SessionStore", "There is no session %1.").arg(id);
        return false;
    }
    emit sessionChanged(id);
    return true;
}

bool SessionStore::rename(qint64 id, const QString &title)
{
    return update(id, QStringLiteral("title"), title.trimmed());
}

bool SessionStore::setPinned(qint64 id, bool pinned)
{
    return update(id, QStringLiteral("pinned"), pinned ? 1 : 0);
}

bool SessionStore::setModel(qint64 id, const QString &model)
{
    return update(id, QStringLiteral("model"), model);
}

bool SessionStore::setSystemPrompt(qint64 id, const QString &systemPrompt)
{
    return update(id, QStringLiteral("system_prompt"), systemPrompt);
}

bool SessionStore::setReasoningEffort(qint64 id, const QString &effort)
{
    return update(id, QStringLiteral("reasoning_effort"), effort);
}

bool SessionStore::setPdfEngine(qint64 id, const QString &engine)
{
    if (!isPdfEngine(engine)) {
        m_lastError = QStringLiteral("\"%1\" is not a PDF engine Confab knows.").arg(engine);
        return false;
    }
    return update(id, QStringLiteral("pdf_engine"), engine);
}

bool SessionStore::setParameters(qint64 id, const ChatParameters &parameters)
{
    auto query =
        sql::run(m_database->connection(),
                 QStringLiteral("UPDATE chat_sessions SET system_prompt = ?, temperature = ?, top_p = ?,"
                                " max_tokens = ? WHERE id = ?"),
                 {parameters.systemPrompt, sql::nullable(parameters.temperature),
                  sql::nullable(parameters.topP), sql::nullable(parameters.maxTokens), id},
                 &m_lastError);
    if (!query || query->numRowsAffected() == 0) {
        if (query)
            m_lastError = QStringLiteral("There is no session %1.").arg(id);
        return false;
    }
    emit sessionChanged(id);
    return true;
}

bool SessionStore::setStatus(qint64 id, SessionStatus status)
{
    return update(id, QStringLiteral("status"), toString(status));
}

bool SessionStore::purge(qint64 id)
{
    QStringList hashes;
    auto images = sql::run(m_database->connection(),
                           QStringLiteral("SELECT DISTINCT i.hash FROM message_images i"
                                          " JOIN messages m ON m.id = i.message_id WHERE m.session_id = ?"),
                           {id}, &m_lastError);
    if (!images)
        return false;
    while (images->next())
        hashes << images->value(0).toString();
    images.reset();

    auto query = sql::run(m_database->connection(), QStringLiteral("DELETE FROM chat_sessions WHERE id = ?"),
                          {id}, &m_lastError);
    if (!query || query->numRowsAffected() == 0)
        return false;
    query.reset();
    m_images->removeUnreferenced(hashes);
    emit sessionRemoved(id);
    return true;
}

int SessionStore::emptyTrash()
{
    int purged = 0;
    for (const Session &session : list(SessionStatus::Deleted))
        purged += purge(session.id) ? 1 : 0;
    return purged;
}

void SessionStore::noteMessageAdded(const Message &message)
{
    auto session = get(message.sessionId);
    if (!session)
        return;
    // The kind of a session is the kind of its answers: a prompt for a picture is text, but the chat is about
    // images. Until the first answer lands, the kind chosen when the session was made stands.
    SessionType type = session->type;
    if (message.role == MessageRole::Assistant) {
        const bool firstAnswer =
            !sql::scalar(m_database->connection(),
                         QStringLiteral("SELECT EXISTS (SELECT 1 FROM messages WHERE session_id = ?"
                                        " AND id <> ? AND role = 'assistant')"),
                         {message.sessionId, message.id})
                 .toBool();
        const SessionType added = sessionTypeFor(message.contentType);
        type = firstAnswer ? added : combinedSessionType(session->type, added);
    }
    QString title = session->title;
    if (title.isEmpty() && message.role == MessageRole::User)
        title = titleFromPrompt(message.content);
    sql::run(m_database->connection(),
             QStringLiteral("UPDATE chat_sessions SET updated_at = ?, type = ?, title = ? WHERE id = ?"),
             {nextActivityStamp(), toString(type), title, message.sessionId}, &m_lastError);
    emit sessionChanged(message.sessionId);
}

} // namespace confab
