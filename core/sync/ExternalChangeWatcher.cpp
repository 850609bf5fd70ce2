#include "sync/ExternalChangeWatcher.h"

#include "store/Sql.h"
#include "store/Store.h"

#include <QSet>
#include <QSqlQuery>

namespace confab {

ExternalChangeWatcher::ExternalChangeWatcher(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    const QSqlDatabase db = m_store->database().connection();
    m_dataVersion = sql::scalar(db, QStringLiteral("PRAGMA data_version")).toLongLong();
    m_lastFeedId =
        sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM change_feed")).toLongLong();
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::check);
    m_timer.start();
}

void ExternalChangeWatcher::check()
{
    if (!m_store->isOpen())
        return;
    const QSqlDatabase db = m_store->database().connection();
    const qint64 version = sql::scalar(db, QStringLiteral("PRAGMA data_version")).toLongLong();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;

    auto query =
        sql::run(db,
                 QStringLiteral("SELECT id, kind, session_id, message_id FROM change_feed WHERE id > ?"
                                " ORDER BY id"),
                 {m_lastFeedId});
    // One announcement per row and kind of change, however many times it changed since the last look.
    QList<std::tuple<QString, qint64, qint64>> changes;
    QSet<QString> seen;
    while (query && query->next()) {
        m_lastFeedId = query->value(0).toLongLong();
        const QString kind = query->value(1).toString();
        const qint64 sessionId = query->value(2).toLongLong();
        const qint64 messageId = query->value(3).toLongLong();
        const QString key = QStringLiteral("%1/%2/%3").arg(kind).arg(sessionId).arg(messageId);
        if (!seen.contains(key)) {
            seen.insert(key);
            changes << std::tuple{kind, sessionId, messageId};
        }
    }
    query.reset();

    SessionStore *sessions = m_store->sessions();
    MessageStore *messages = m_store->messages();
    const MessageChanges everything = MessageChange::Content | MessageChange::Status |
                                      MessageChange::Metadata | MessageChange::Images |
                                      MessageChange::Reasoning;
    // A message written elsewhere may be a new version, a switched branch or a reply moved up by a removal;
    // which branch is on screen is decided by reloading it rather than by inserting rows one by one.
    QList<qint64> branchesMoved;
    for (const auto &[kind, sessionId, messageId] : changes) {
        if (kind.startsWith(QStringLiteral("message-")) && !branchesMoved.contains(sessionId))
            branchesMoved << sessionId;
        if (kind == QStringLiteral("session-insert"))
            emit sessions->sessionAdded(sessionId);
        else if (kind == QStringLiteral("session-update"))
            emit sessions->sessionChanged(sessionId);
        else if (kind == QStringLiteral("session-delete"))
            emit sessions->sessionRemoved(sessionId);
        else if (kind == QStringLiteral("message-update") && !messages->isStreaming(messageId))
            emit messages->messageChanged(sessionId, messageId, everything);
        else if (kind == QStringLiteral("message-delete"))
            emit messages->messageRemoved(sessionId, messageId);
    }
    for (const qint64 sessionId : std::as_const(branchesMoved))
        emit messages->branchChanged(sessionId);
    if (!changes.isEmpty())
        emit externalChanges(int(changes.size()));
}

} // namespace confab
