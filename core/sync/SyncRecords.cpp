#include "sync/SyncRecords.h"

#include "sync/SyncConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace confab {

QStringList mergedSessionFields()
{
    return {QStringLiteral("title"),
            QStringLiteral("pinned"),
            QStringLiteral("status"),
            QStringLiteral("model"),
            QStringLiteral("system_prompt"),
            QStringLiteral("type"),
            QStringLiteral("reasoning_effort"),
            QStringLiteral("temperature"),
            QStringLiteral("top_p"),
            QStringLiteral("max_tokens")};
}

QString finishedStatuses()
{
    return QStringLiteral("('completed', 'failed', 'stopped', 'interrupted')");
}

std::optional<QJsonObject> sessionRecord(SyncConnection &connection, const QString &where,
                                         const QVariant &key, const QStringList &fields, const QString &hlc)
{
    auto query = connection.run(QStringLiteral("SELECT gid, created_at, %1 FROM chat_sessions WHERE %2 = ?")
                                    .arg(mergedSessionFields().join(QStringLiteral(", ")), where),
                                {key});
    if (!query || !query->next())
        return std::nullopt;
    QJsonObject values;
    for (const QString &field : fields) {
        const QVariant value = query->value(2 + int(mergedSessionFields().indexOf(field)));
        // A parameter left unset is NULL here and null on the wire.
        values.insert(field,
                      QJsonObject{{QStringLiteral("v"), value.isNull() ? QJsonValue(QJsonValue::Null)
                                                                       : QJsonValue::fromVariant(value)},
                                  {QStringLiteral("h"), hlc}});
    }
    return QJsonObject{{QStringLiteral("t"), record::Session},
                       {QStringLiteral("gid"), query->value(0).toString()},
                       {QStringLiteral("created"), query->value(1).toLongLong()},
                       {QStringLiteral("fields"), values}};
}

std::optional<QJsonObject> messageRecord(SyncConnection &connection, qint64 id, const QString &hlc)
{
    auto query =
        connection.run(QStringLiteral("SELECT m.gid, s.gid, m.role, m.content, m.content_type, m.status,"
                                      " m.created_at, m.metadata, m.reasoning, m.reasoning_details,"
                                      " m.selected, coalesce(p.gid, '') FROM messages m"
                                      " JOIN chat_sessions s ON s.id = m.session_id"
                                      " LEFT JOIN messages p ON p.id = m.parent_id"
                                      " WHERE m.id = ? AND m.status IN %1")
                           .arg(finishedStatuses()),
                       {id});
    if (!query || !query->next())
        return std::nullopt;
    QJsonObject message{
        {QStringLiteral("t"), record::Message},
        {QStringLiteral("gid"), query->value(0).toString()},
        {QStringLiteral("session"), query->value(1).toString()},
        {QStringLiteral("h"), hlc},
        {QStringLiteral("role"), query->value(2).toString()},
        {QStringLiteral("content"), query->value(3).toString()},
        {QStringLiteral("content_type"), query->value(4).toString()},
        {QStringLiteral("status"), query->value(5).toString()},
        {QStringLiteral("created"), query->value(6).toLongLong()},
        {QStringLiteral("metadata"), QJsonDocument::fromJson(query->value(7).toString().toUtf8()).object()},
        {QStringLiteral("reasoning"), query->value(8).toString()},
        {QStringLiteral("reasoning_details"),
         QJsonDocument::fromJson(query->value(9).toString().toUtf8()).array()},
        {QStringLiteral("selected"), query->value(10).toBool()},
        // The parent by global id, so the branches of a chat survive the trip; empty for a first message.
        {QStringLiteral("parent"), query->value(11).toString()}};
    auto images = connection.run(QStringLiteral("SELECT hash, role, width, height, mime, position"
                                                " FROM message_images WHERE message_id = ?"
                                                " ORDER BY role, position"),
                                 {id});
    QJsonArray list;
    while (images && images->next()) {
        list.append(QJsonObject{{QStringLiteral("hash"), images->value(0).toString()},
                                {QStringLiteral("role"), images->value(1).toString()},
                                {QStringLiteral("width"), images->value(2).toInt()},
                                {QStringLiteral("height"), images->value(3).toInt()},
                                {QStringLiteral("mime"), images->value(4).toString()},
                                {QStringLiteral("position"), images->value(5).toInt()}});
    }
    message.insert(QStringLiteral("images"), list);
    return message;
}

} // namespace confab
