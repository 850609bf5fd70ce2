#include "store/MessageTree.h"

#include "store/Sql.h"

namespace confab::messagetree {
namespace {

QVariant parentValue(qint64 parentId)
{
    return parentId > 0 ? QVariant(parentId) : QVariant();
}

} // namespace

qint64 visibleLeaf(const QSqlDatabase &db, qint64 sessionId, QString *error)
{
    // The recursion names the session on every step so each one is a lookup in idx_messages_parent. The
    // deepest message is the leaf: a reply synced from another device may have a smaller id than its parent.
    return sql::scalar(
               db,
               QStringLiteral("WITH RECURSIVE branch(id, depth) AS ("
                              " SELECT id, 0 FROM messages"
                              "  WHERE session_id = ? AND parent_id IS NULL AND selected = 1"
                              " UNION ALL"
                              " SELECT c.id, b.depth + 1 FROM messages c JOIN branch b ON c.parent_id = b.id"
                              "  WHERE c.session_id = ? AND c.selected = 1)"
                              " SELECT coalesce((SELECT id FROM branch ORDER BY depth DESC, id DESC LIMIT 1),"
                              " 0)"),
               {sessionId, sessionId}, error)
        .toLongLong();
}

qint64 parentOf(const QSqlDatabase &db, qint64 messageId, QString *error)
{
    return sql::scalar(db, QStringLiteral("SELECT coalesce(parent_id, 0) FROM messages WHERE id = ?"),
                       {messageId}, error)
        .toLongLong();
}

QList<qint64> chainUp(const QSqlDatabase &db, qint64 fromId, int limit, QString *error, qint64 stopAt)
{
    QList<qint64> ids;
    if (fromId <= 0 || limit <= 0)
        return ids;
    auto query = sql::run(db,
                          QStringLiteral("WITH RECURSIVE up(id, parent, depth) AS ("
                                         " SELECT id, parent_id, 1 FROM messages WHERE id = ?"
                                         " UNION ALL"
                                         " SELECT m.id, m.parent_id, up.depth + 1 FROM messages m"
                                         "  JOIN up ON m.id = up.parent WHERE up.depth < ? AND up.id <> ?)"
                                         " SELECT id FROM up ORDER BY depth"),
                          {fromId, limit, stopAt}, error);
    while (query && query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

QList<qint64> siblings(const QSqlDatabase &db, qint64 sessionId, qint64 parentId, QString *error)
{
    QList<qint64> ids;
    auto query = sql::run(
        db, QStringLiteral("SELECT id FROM messages WHERE session_id = ? AND parent_id IS ? ORDER BY id"),
        {sessionId, parentValue(parentId)}, error);
    while (query && query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

bool select(const QSqlDatabase &db, qint64 sessionId, qint64 parentId, qint64 messageId, QString *error)
{
    return bool(sql::run(db,
                         QStringLiteral("UPDATE messages SET selected = (id = ?)"
                                        " WHERE session_id = ? AND parent_id IS ?"),
                         {messageId, sessionId, parentValue(parentId)}, error));
}

QList<QPair<qint64, bool>> childSelection(const QSqlDatabase &db, qint64 sessionId, qint64 parentId,
                                          QString *error)
{
    QList<QPair<qint64, bool>> children;
    auto query = sql::run(db,
                          QStringLiteral("SELECT id, selected FROM messages"
                                         " WHERE session_id = ? AND parent_id IS ? ORDER BY id"),
                          {sessionId, parentValue(parentId)}, error);
    while (query && query->next())
        children << qMakePair(query->value(0).toLongLong(), query->value(1).toBool());
    return children;
}

bool setSelected(const QSqlDatabase &db, qint64 messageId, bool selected, QString *error)
{
    return bool(sql::run(db, QStringLiteral("UPDATE messages SET selected = ? WHERE id = ?"),
                         {selected ? 1 : 0, messageId}, error));
}

bool setParent(const QSqlDatabase &db, qint64 messageId, qint64 parentId, QString *error)
{
    return bool(sql::run(db, QStringLiteral("UPDATE messages SET parent_id = ? WHERE id = ?"),
                         {parentValue(parentId), messageId}, error));
}

} // namespace confab::messagetree
