#pragma once

#include "domain/Message.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace confab::records {

// A message's documents as the message_documents table, exports and sync records hold them. Documents
// arrive from other devices and export files, so reading checks every field, the hash's form above all (it
// names a file in the document store).
QString documentColumns(); // hash, name, mime, size, pages, position
AttachedDocument documentFromRow(const QSqlQuery &row, int first);
QVariantList documentValues(const AttachedDocument &document);

QJsonArray documentsToJson(const QList<AttachedDocument> &documents);
// The first malformed entry becomes *error, naming `where`.
std::optional<QList<AttachedDocument>> documentsFromJson(const QJsonValue &value, const QString &where,
                                                         QString *error);

} // namespace confab::records
