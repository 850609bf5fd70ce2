#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace confab {

class SyncConnection;

// The record kinds a segment holds, and the session fields that merge one by one, last writer wins.
namespace record {
inline const QString Session = QStringLiteral("session");
inline const QString Message = QStringLiteral("message");
inline const QString MessageDelete = QStringLiteral("message-delete");
inline const QString SessionPurge = QStringLiteral("session-purge");
} // namespace record

QStringList mergedSessionFields();
// The message statuses that travel, as an SQL list: a message still streaming stays home.
QString finishedStatuses();

// A session as a record carrying `fields`, each stamped with `hlc`.
std::optional<QJsonObject> sessionRecord(SyncConnection &connection, const QString &where,
                                         const QVariant &key, const QStringList &fields, const QString &hlc);
// A finished message as a record, with its images.
std::optional<QJsonObject> messageRecord(SyncConnection &connection, qint64 id, const QString &hlc);

} // namespace confab
