#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace confab::sql {

// Prepares, binds and runs one statement. On failure returns nullopt and puts the driver's message in *error.
std::optional<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {},
                             QString *error = nullptr);

// Binds and runs an already prepared statement again, for bulk writes: preparing an INSERT compiles every
// trigger on its table too, which costs more than the insert itself.
bool exec(QSqlQuery &prepared, const QVariantList &binds, QString *error = nullptr);

// First column of the first row, or an invalid QVariant when the statement failed or returned no row.
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {},
                QString *error = nullptr);

// Times are stored as milliseconds since the epoch (UTC): compact, sortable, and exact.
qint64 toEpochMs(const QDateTime &time);
QDateTime fromEpochMs(qint64 ms);

// Optional numbers map to NULL.
template<typename T> QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace confab::sql
