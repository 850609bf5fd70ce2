#include "SyncedDevice.h"

#include "store/Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace confab::test {

SyncedDevice::SyncedDevice()
    : m_engine(m_store.location().databasePath, m_store.location().imagesDir)
{}

QString SyncedDevice::canonicalDump()
{
    const QSqlDatabase db = store().database().connection();
    QStringList lines;
    auto sessions =
        sql::run(db, QStringLiteral("SELECT gid, title, type, status, pinned, model, system_prompt,"
                                    " created_at, reasoning_effort, quote(temperature), quote(top_p),"
                                    " quote(max_tokens) FROM chat_sessions ORDER BY gid"));
    while (sessions && sessions->next()) {
        QStringList fields;
        for (int column = 0; column < 12; ++column)
            fields << sessions->value(column).toString();
        lines << QStringLiteral("S ") + fields.join(QLatin1Char('|'));
    }
    auto messages = sql::run(
        db, QStringLiteral("SELECT s.gid, m.gid, m.role, m.content, m.content_type, m.status, m.created_at,"
                           " m.metadata, (SELECT group_concat(hash || ':' || role || ':' || position, ',')"
                           " FROM message_images i WHERE i.message_id = m.id),"
                           " m.reasoning, m.reasoning_details, m.selected, coalesce(p.gid, '')"
                           " FROM messages m JOIN chat_sessions s ON s.id = m.session_id"
                           " LEFT JOIN messages p ON p.id = m.parent_id"
                           " LEFT JOIN sync_clock c ON c.gid = m.gid AND c.field = 'message'"
                           " ORDER BY s.gid, c.hlc, m.gid"));
    while (messages && messages->next()) {
        QStringList fields;
        for (int column = 0; column < 7; ++column)
            fields << messages->value(column).toString();
        // The same metadata may be spelled differently by the two writers; compare its meaning.
        fields << QString::fromUtf8(
            QJsonDocument::fromJson(messages->value(7).toString().toUtf8()).toJson(QJsonDocument::Compact));
        for (int column = 8; column < 13; ++column)
            fields << messages->value(column).toString();
        lines << QStringLiteral("M ") + fields.join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n'));
}

qint64 SyncedDevice::sessionId(const QString &gid)
{
    return sql::scalar(store().database().connection(),
                       QStringLiteral("SELECT id FROM chat_sessions WHERE gid = ?"), {gid})
        .toLongLong();
}

QString SyncedDevice::gidOfSession(qint64 id)
{
    return sql::scalar(store().database().connection(),
                       QStringLiteral("SELECT gid FROM chat_sessions WHERE id = ?"), {id})
        .toString();
}

} // namespace confab::test
