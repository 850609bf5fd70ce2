// The documents that went with each message: links into the document store, in the order attached.
#include "store/Database.h"
#include "store/MessageRows.h"
#include "store/MessageStore.h"
#include "store/Sql.h"

#include <QHash>
#include <QStringList>

namespace confab {

bool MessageStore::writeDocuments(qint64 id, const QList<AttachedDocument> &documents)
{
    for (const AttachedDocument &document : documents) {
        if (!sql::run(m_database->connection(),
                      QStringLiteral("INSERT OR REPLACE INTO message_documents (message_id, hash, name, mime,"
                                     " size, pages, position) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {id, document.hash, document.name, document.mime, document.size, document.pages,
                       document.position},
                      &m_lastError))
            return false;
    }
    return true;
}

void MessageStore::loadDocuments(QList<Message> &messages) const
{
    if (messages.isEmpty())
        return;
    const MessageRows rows = messageRows(messages);
    auto query = sql::run(m_database->connection(),
                          QStringLiteral("SELECT message_id, hash, name, mime, size, pages, position"
                                         " FROM message_documents WHERE message_id IN (%1)"
                                         " ORDER BY message_id, position")
                              .arg(rows.idList),
                          {}, &m_lastError);
    while (query && query->next()) {
        AttachedDocument document;
        document.hash = query->value(1).toString();
        document.name = query->value(2).toString();
        document.mime = query->value(3).toString();
        document.size = query->value(4).toLongLong();
        document.pages = query->value(5).toInt();
        document.position = query->value(6).toInt();
        messages[rows.rowOf.value(query->value(0).toLongLong())].documents << document;
    }
}

} // namespace confab
