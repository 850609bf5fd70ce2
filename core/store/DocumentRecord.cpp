#include "store/DocumentRecord.h"

#include "common/ContentHash.h"
#include "store/RecordFields.h"

#include <QJsonObject>

namespace confab::records {

QString documentColumns()
{
    return QStringLiteral("hash, name, mime, size, pages, position");
}

AttachedDocument documentFromRow(const QSqlQuery &row, int first)
{
    AttachedDocument document;
    document.hash = row.value(first).toString();
    document.name = row.value(first + 1).toString();
    document.mime = row.value(first + 2).toString();
    document.size = row.value(first + 3).toLongLong();
    document.pages = row.value(first + 4).toInt();
    document.position = row.value(first + 5).toInt();
    return document;
}

QVariantList documentValues(const AttachedDocument &document)
{
    return {document.hash, document.name, document.mime, document.size, document.pages, document.position};
}

QJsonArray documentsToJson(const QList<AttachedDocument> &documents)
{
    QJsonArray array;
    for (const AttachedDocument &document : documents)
        array.append(QJsonObject{{QStringLiteral("hash"), document.hash},
                                 {QStringLiteral("name"), document.name},
                                 {QStringLiteral("mime"), document.mime},
                                 {QStringLiteral("size"), document.size},
                                 {QStringLiteral("pages"), document.pages},
                                 {QStringLiteral("position"), document.position}});
    return array;
}

std::optional<QList<AttachedDocument>> documentsFromJson(const QJsonValue &value, const QString &where,
                                                         QString *error)
{
    QList<AttachedDocument> documents;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject document = entry.toObject();
        FieldReader field(document, where, error);
        const auto hash = field.text(QStringLiteral("hash"));
        const auto name = field.text(QStringLiteral("name"));
        const auto mime = field.text(QStringLiteral("mime"));
        const auto size = field.integer(QStringLiteral("size"));
        const auto pages = field.integer(QStringLiteral("pages"));
        const auto position = field.integer(QStringLiteral("position"));
        if (!hash || !name || !mime || !size || !pages || !position)
            return std::nullopt;
        if (!isContentHash(*hash) || *size < 0 || *pages < -1 || *position < 0 || *position > 1000 ||
            *pages > 1'000'000) {
            *error = QStringLiteral("%1 has a document entry that is not well formed").arg(where);
            return std::nullopt;
        }
        documents << AttachedDocument{*hash, *name, *mime, *size, int(*pages), int(*position)};
    }
    return documents;
}

} // namespace confab::records
