#pragma once

#include "domain/Session.h"

#include <QJsonValue>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <span>

namespace confab::records {

// A session as the store and the sync journal hold it; the JSON export's shape is in HistoryRecords. A new
// field is added to Session, to these lists and to a migration (whose sync trigger
// SyncMigration's sessionFieldTrigger() makes); tests/core/store/RecordRoundTripTest.cpp fails otherwise.

// Every column of chat_sessions but gid, in the order sessionFromRow reads them from column `first` on.
QString sessionColumns();
Session sessionFromRow(const QSqlQuery &row, int first = 0);
// The columns a session is written to (all but id and gid), and their values in the same order.
QString sessionWrittenColumns();
// One "?" for each of sessionWrittenColumns(), for an INSERT.
QString sessionPlaceholders();
QVariantList sessionValues(const Session &session);

// A session field that merges on its own across devices (last writer wins), named by its column.
struct MergedField
{
    QLatin1StringView column;
    // The value on the wire.
    QJsonValue (*toJson)(const Session &session);
    // A wire value as the column stores it; nullopt when the value is not valid for the field.
    std::optional<QVariant> (*toColumn)(const QJsonValue &value);
};
std::span<const MergedField> mergedSessionFields();
QStringList mergedSessionFieldNames();
const MergedField *mergedSessionField(const QString &column);

} // namespace confab::records
