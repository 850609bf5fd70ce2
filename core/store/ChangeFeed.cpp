#include "store/ChangeFeed.h"

#include "store/Database.h"
#include "store/JournalKinds.h"
#include "store/MessageStore.h"
#include "store/Sql.h"

#include <QSet>
#include <QSqlQuery>

namespace confab {

ChangeFeed::ChangeFeed(Database *database, MessageStore *messages, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_messages(messages)
{
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::check);
}

void ChangeFeed::start(int intervalMs)
{
    if (!m_database->isOpen())
        return;
    const QSqlDatabase db = m_database->connection();
    m_dataVersion = sql::scalar(db, QStringLiteral("PRAGMA data_version")).toLongLong();
    m_lastFeedId =
        sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM change_feed")).toLongLong();
    m_timer.start(intervalMs);
}

void ChangeFeed::check()
{
    if (!m_database->isOpen() || !m_timer.isActive())
        return;
    const QSqlDatabase db = m_database->connection();
    const qint64 version = sql::scalar(db, QStringLiteral("PRAGMA data_version")).toLongLong();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;

    auto query =
        sql::run(db,
                 QStringLiteral("SELECT id, kind, session_id, message_id FROM change_feed WHERE id > ?"
                                " ORDER BY id"),
                 {m_lastFeedId});
    QList<std::tuple<ChangeKind, qint64, qint64>> changes;
    QSet<QString> seen;
    while (query && query->next()) {
        m_lastFeedId = query->value(0).toLongLong();
        const QString name = query->value(1).toString();
        const auto kind = changeKindFromString(name);
        const qint64 sessionId = query->value(2).toLongLong();
        const qint64 messageId = query->value(3).toLongLong();
        const QString key = QStringLiteral("%1/%2/%3").arg(name).arg(sessionId).arg(messageId);
        if (kind && !seen.contains(key)) {
            seen.insert(key);
            changes << std::tuple{*kind, sessionId, messageId};
        }
    }
    query.reset();

    // A message written elsewhere may be a new version, a switched branch or a reply moved up by a removal;
    // which branch is on screen is decided by reloading it rather than by inserting rows one by one.
    QList<qint64> branchesMoved;
    for (const auto &[kind, sessionId, messageId] : changes) {
        if (isMessageChange(kind) && !branchesMoved.contains(sessionId))
            branchesMoved << sessionId;
        switch (kind) {
        case ChangeKind::SessionInsert:
            emit sessionAdded(sessionId);
            break;
        case ChangeKind::SessionUpdate:
            emit sessionChanged(sessionId);
            break;
        case ChangeKind::SessionDelete:
            emit sessionRemoved(sessionId);
            break;
        case ChangeKind::MessageInsert:
            break;
        case ChangeKind::MessageUpdate:
            // This process's own streaming answer shows from its buffer, which is ahead of the file.
            if (!m_messages->isStreaming(messageId))
                emit messageChanged(sessionId, messageId);
            break;
        case ChangeKind::MessageDelete:
            emit messageRemoved(sessionId, messageId);
            break;
        }
    }
    for (const qint64 sessionId : std::as_const(branchesMoved))
        emit branchChanged(sessionId);
    if (!changes.isEmpty())
        emit batchRead(int(changes.size()));
}

} // namespace confab
