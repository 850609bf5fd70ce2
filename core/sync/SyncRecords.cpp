#include "sync/SyncRecords.h"

#include "store/DocumentRecord.h"
#include "store/MessageRecord.h"
#include "store/SessionRecord.h"
#include "store/Sql.h"
#include "sync/SyncConnection.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace confab {

std::optional<QJsonObject> sessionRecord(SyncConnection &connection, const QString &where,
                                         const QVariant &key, const QStringList &fields, const QString &hlc)
{
    auto query = connection.run(QStringLiteral("SELECT gid, %1 FROM chat_sessions WHERE %2 = ?")
                                    .arg(records::sessionColumns(), where),
                                {key});
    if (!query || !query->next())
        return std::nullopt;
    const Session session = records::sessionFromRow(*query, 1);
    QJsonObject values;
    for (const QString &name : fields) {
        if (const records::MergedField *field = records::mergedSessionField(name))
            values.insert(
                name, QJsonObject{{QStringLiteral("v"), field->toJson(session)}, {QStringLiteral("h"), hlc}});
    }
    return QJsonObject{{QStringLiteral("t"), record::Session},
                       {QStringLiteral("gid"), query->value(0).toString()},
                       {QStringLiteral("created"), sql::toEpochMs(session.createdAt)},
                       {QStringLiteral("fields"), values}};
}

std::optional<QJsonObject> messageRecord(SyncConnection &connection, qint64 id, const QString &hlc)
{
    auto query = connection.run(QStringLiteral("SELECT m.gid, s.gid, coalesce(p.gid, ''), %1 FROM messages m"
                                               " JOIN chat_sessions s ON s.id = m.session_id"
                                               " LEFT JOIN messages p ON p.id = m.parent_id"
                                               " WHERE m.id = ? AND m.status IN %2")
                                    .arg(records::messageColumns(), records::finishedStatusList()),
                                {id});
    if (!query || !query->next())
        return std::nullopt;
    Message message = records::messageFromRow(*query, 3);
    auto images = connection.run(QStringLiteral("SELECT %1 FROM message_images WHERE message_id = ?"
                                                " ORDER BY role, position")
                                     .arg(records::imageColumns()),
                                 {id});
    while (images && images->next())
        message.images << records::imageFromRow(*images);
    auto documents = connection.run(QStringLiteral("SELECT %1 FROM message_documents WHERE message_id = ?"
                                                   " ORDER BY position")
                                        .arg(records::documentColumns()),
                                    {id});
    while (documents && documents->next())
        message.documents << records::documentFromRow(*documents, 0);
    QJsonObject record = records::messageToJson(message);
    // The documents by hash; their files travel beside the segments (SyncFolder), sealed like pictures.
    if (!message.documents.isEmpty())
        record.insert(QStringLiteral("documents"), records::documentsToJson(message.documents));
    record.insert(QStringLiteral("t"), record::Message);
    record.insert(QStringLiteral("gid"), query->value(0).toString());
    record.insert(QStringLiteral("session"), query->value(1).toString());
    // The parent by global id, so the branches of a chat survive the trip; empty for a first message.
    record.insert(QStringLiteral("parent"), query->value(2).toString());
    record.insert(QStringLiteral("h"), hlc);
    record.insert(QStringLiteral("created"), sql::toEpochMs(message.createdAt));
    return record;
}

} // namespace confab
