#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace confab {

// The SQL behind a session's message tree. Every message has a parent (NULL for a first message); among the
// children of one parent exactly one is `selected`. The branch on screen starts at the selected first message
// and follows the selected child down to its leaf. A child is always written after its parent, so ids grow
// along every branch.
namespace messagetree {

// The last message of the visible branch, 0 for an empty session.
qint64 visibleLeaf(const QSqlDatabase &db, qint64 sessionId, QString *error);
// The parent of a message, 0 for a first message (or an unknown id).
qint64 parentOf(const QSqlDatabase &db, qint64 messageId, QString *error);
// The message and up to `limit - 1` of its ancestors, newest first, ending early at `stopAt` if it is one.
QList<qint64> chainUp(const QSqlDatabase &db, qint64 fromId, int limit, QString *error, qint64 stopAt = 0);
// The versions that share the message's parent, oldest first, including the message itself.
QList<qint64> siblings(const QSqlDatabase &db, qint64 sessionId, qint64 parentId, QString *error);
// Makes the message the selected one among its siblings.
bool select(const QSqlDatabase &db, qint64 sessionId, qint64 parentId, qint64 messageId, QString *error);
// (id, selected) of every child of `parentId` in the session.
QList<QPair<qint64, bool>> childSelection(const QSqlDatabase &db, qint64 sessionId, qint64 parentId,
                                          QString *error);
bool setSelected(const QSqlDatabase &db, qint64 messageId, bool selected, QString *error);
bool setParent(const QSqlDatabase &db, qint64 messageId, qint64 parentId, QString *error);

} // namespace messagetree
} // namespace confab
