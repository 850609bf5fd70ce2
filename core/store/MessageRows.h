#pragma once

#include "domain/Message.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace confab {

// A page of messages as an SQL id list and each id's row, for the queries that fill in what a message links
// to (pictures, documents). The ids are integers from the database itself, so listing them inline is safe.
struct MessageRows
{
    QString idList;
    QHash<qint64, qsizetype> rowOf;
};

inline MessageRows messageRows(const QList<Message> &messages)
{
    MessageRows rows;
    QStringList ids;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        ids << QString::number(messages.at(i).id);
        rows.rowOf.insert(messages.at(i).id, i);
    }
    rows.idList = ids.join(QLatin1Char(','));
    return rows;
}

} // namespace confab
