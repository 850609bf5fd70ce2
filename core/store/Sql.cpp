#include "store/Sql.h"

#include <QSqlError>

namespace confab::sql {

std::optional<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &binds,
                             QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    if (!exec(query, binds, error))
        return std::nullopt;
    return query;
}

bool exec(QSqlQuery &prepared, const QVariantList &binds, QString *error)
{
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant &value = binds.at(i);
        // Qt binds a null QString as SQL NULL; an unset text field is meant as empty text.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        prepared.bindValue(int(i), nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!prepared.exec()) {
        if (error)
            *error = prepared.lastError().text();
        return false;
    }
    return true;
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds, QString *error)
{
    auto query = run(db, statement, binds, error);
    if (!query || !query->next())
        return {};
    return query->value(0);
}

qint64 toEpochMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromEpochMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace confab::sql
