// The documents that went with each message: links into the document store, in the order attached.
#include "store/Database.h"
#include "store/DocumentRecord.h"
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
                      QStringLiteral("INSERT OR REPLACE INTO message_documents (message_id, %1)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?)")
                          .arg(records::documentColumns()),
                      QVariantList{id} + records::documentValues(document), &m_lastError))
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
                          QStringLiteral("SELECT message_id, %1 FROM message_documents WHERE message_id"
                                         " IN (%2) ORDER BY message_id, position")
                              .arg(records::documentColumns(), rows.idList),
                          {}, &m_lastError);
    while (query && query->next())
        messages[rows.rowOf.value(query->value(0).toLongLong())].documents
            << records::documentFromRow(*query, 1);
}

} // namespace confab
