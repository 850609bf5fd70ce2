#include "RawDatabase.h"

#include "store/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace confab::test {
namespace {
int counter = 0;
}

RawDatabase::RawDatabase(const QString &path)
    : m_name(QStringLiteral("raw-test-%1").arg(++counter))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        throw std::runtime_error(m_db.lastError().text().toStdString());
}

RawDatabase::~RawDatabase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool RawDatabase::exec(const QString &statement, const QVariantList &binds)
{
    QSqlQuery query(m_db);
    if (!query.prepare(statement))
        throw std::runtime_error(
            QString(statement + QStringLiteral(": ") + query.lastError().text()).toStdString());
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        throw std::runtime_error(
            QString(statement + QStringLiteral(": ") + query.lastError().text()).toStdString());
    return true;
}

QVariant RawDatabase::scalar(const QString &statement, const QVariantList &binds)
{
    QSqlQuery query(m_db);
    query.prepare(statement);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

void createSchemaAt(const QString &path, int version)
{
    RawDatabase raw(path);
    for (int step = 0; step < version; ++step) {
        for (const QString &statement : schemaMigrations().at(step))
            raw.exec(statement);
    }
    raw.exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
}

} // namespace confab::test
