#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace confab {

// A private connection to the store's SQLite file for sync work, on whichever thread creates it, so a round
// never shares (or blocks) the window's connection. The store must already be open (and migrated) elsewhere.
class SyncConnection
{
public:
    explicit SyncConnection(const QString &databasePath);
    ~SyncConnection();
    SyncConnection(const SyncConnection &) = delete;
    SyncConnection &operator=(const SyncConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    const QString &openError() const { return m_openError; }
    QSqlDatabase db() const { return m_db; }

    std::optional<QSqlQuery> run(const QString &statement, const QVariantList &binds = {});
    // The first value of the first row. Prepared once per connection, as exec's statements.
    QVariant scalar(const QString &statement, const QVariantList &binds = {});
    // The first `columns` values of the first row; empty when there is none or the statement failed
    // (lastError). Prepared once, as scalar's statements.
    std::optional<QVariantList> row(const QString &statement, int columns, const QVariantList &binds = {});
    // Runs a statement that returns no rows, prepared once per connection and kept: a join runs the
    // applier's few statements a million times, and preparing them each time was most of its cost.
    // `insertId` gets the new row's id.
    bool exec(const QString &statement, const QVariantList &binds = {}, qint64 *insertId = nullptr);
    const QString &lastError() const { return m_lastError; }

    // Takes the write lock at once, so nothing else writes between what this transaction reads and writes.
    bool beginImmediate() { return bool(run(QStringLiteral("BEGIN IMMEDIATE"))); }
    bool commit() { return bool(run(QStringLiteral("COMMIT"))); }
    void rollback() { run(QStringLiteral("ROLLBACK")); }

    QString state(const QString &key) const;
    bool setState(const QString &key, const QString &value);

private:
    QSqlQuery *prepared(const QString &statement);

    QString m_name;
    QSqlDatabase m_db;
    QString m_openError;
    QString m_lastError;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
};

} // namespace confab
