#pragma once

#include <QString>

#include <optional>

namespace confab {

// What a row of the change_feed table says happened. The feed's triggers are generated from this list
// (SyncMigration) and its readers parse the same names, so the two cannot drift apart.
enum class ChangeKind
{
    SessionInsert,
    SessionUpdate,
    SessionDelete,
    MessageInsert,
    MessageUpdate,
    MessageDelete
};
inline constexpr ChangeKind AllChangeKinds[]{ChangeKind::SessionInsert, ChangeKind::SessionUpdate,
                                             ChangeKind::SessionDelete, ChangeKind::MessageInsert,
                                             ChangeKind::MessageUpdate, ChangeKind::MessageDelete};

QString toString(ChangeKind kind);
std::optional<ChangeKind> changeKindFromString(const QString &text);
bool isMessageChange(ChangeKind kind);

// The record kinds of the sync journal: rows of sync_outbox, records of a segment and tombstones.
namespace record {
inline const QString Session = QStringLiteral("session");
inline const QString Message = QStringLiteral("message");
inline const QString MessageDelete = QStringLiteral("message-delete");
inline const QString SessionPurge = QStringLiteral("session-purge");
} // namespace record

} // namespace confab
