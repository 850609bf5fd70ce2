#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

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
    QVariant scalar(const QString &statement, const QVariantList &binds = {});
    const QString &lastError() const { return m_lastError; }

    // Takes the write lock at once, so nothing else writes between what this transaction reads and writes.
    bool beginImmediate() { return bool(run(QStringLiteral("BEGIN IMMEDIATE"))); }
    bool commit() { return bool(run(QStringLiteral("COMMIT"))); }
    void rollback() { run(QStringLiteral("ROLLBACK")); }

    QString state(const QString &key) const;
    bool setState(const QString &key, const QString &value);

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_openError;
    QString m_lastError;
};

} // namespace confab
