#pragma once

#include "store/JournalKinds.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace confab {

class SyncConnection;

// A session as a record carrying `fields` (merged session field columns), each stamped with `hlc`.
std::optional<QJsonObject> sessionRecord(SyncConnection &connection, const QString &where,
                                         const QVariant &key, const QStringList &fields, const QString &hlc);
// A finished message as a record, with its images.
std::optional<QJsonObject> messageRecord(SyncConnection &connection, qint64 id, const QString &hlc);

} // namespace confab
