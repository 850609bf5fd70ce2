#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace confab::test {

// A plain SQLite connection beside the store's own, to build fixtures and look at what is really on disk.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path);
    ~RawDatabase();
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    bool exec(const QString &statement, const QVariantList &binds = {});
    QVariant scalar(const QString &statement, const QVariantList &binds = {});
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// A file at the given schema version, built from the real migration steps.
void createSchemaAt(const QString &path, int version);

} // namespace confab::test
