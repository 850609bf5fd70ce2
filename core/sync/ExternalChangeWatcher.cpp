#include "sync/ExternalChangeWatcher.h"

#include "store/JournalKinds.h"
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

    SessionStore *sessions = m_store->sessions();
    MessageStore *messages = m_store->messages();
    const MessageChanges everything = MessageChange::Content | MessageChange::Status |
                                      MessageChange::Metadata | MessageChange::Images |
                                      MessageChange::Reasoning;
    // A message written elsewhere may be a new version, a switched branch or a reply moved up by a removal;
    // which branch is on screen is decided by reloading it rather than by inserting rows one by one.
    QList<qint64> branchesMoved;
    for (const auto &[kind, sessionId, messageId] : changes) {
        if (isMessageChange(kind) && !branchesMoved.contains(sessionId))
            branchesMoved << sessionId;
        switch (kind) {
        case ChangeKind::SessionInsert:
            emit sessions->sessionAdded(sessionId);
            break;
        case ChangeKind::SessionUpdate:
            emit sessions->sessionChanged(sessionId);
            break;
        case ChangeKind::SessionDelete:
            emit sessions->sessionRemoved(sessionId);
            break;
        case ChangeKind::MessageInsert:
            break;
        case ChangeKind::MessageUpdate:
            if (!messages->isStreaming(messageId))
                emit messages->messageChanged(sessionId, messageId, everything);
            break;
        case ChangeKind::MessageDelete:
            emit messages->messageRemoved(sessionId, messageId);
            break;
        }
    }
    for (const qint64 sessionId : std::as_const(branchesMoved))
        emit messages->branchChanged(sessionId);
    if (!changes.isEmpty())
        emit externalChanges(int(changes.size()));
}

} // namespace confab
