#include "sync/SyncConnection.h"

#include "store/Sql.h"
#include "sync/SyncText.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace confab {
namespace {

QAtomicInteger<int> connectionCounter;

} // namespace

SyncConnection::SyncConnection(const QString &databasePath)
    : m_name(QStringLiteral("confab-sync-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(databasePath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open()) {
        m_openError = m_db.lastError().text();
        return;
    }
    // As the store's own connection (Database): in WAL mode a commit then waits for no fsync, and a crash
    // still leaves the file whole; a round commits once per segment or snapshot part.
    if (!run(QStringLiteral("PRAGMA foreign_keys=ON")) || !run(QStringLiteral("PRAGMA synchronous=NORMAL")))
        m_openError = m_lastError;
    else if (!scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sync_outbox'"))
                  .toBool())
        m_openError =
            SyncText::tr("the history at %1 has no sync tables (is it open in Confab?)").arg(databasePath);
}

SyncConnection::~SyncConnection()
{
    m_prepared.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

std::optional<QSqlQuery> SyncConnection::run(const QString &statement, const QVariantList &binds)
{
    return sql::run(m_db, statement, binds, &m_lastError);
}

QSqlQuery *SyncConnection::prepared(const QString &statement)
{
    auto it = m_prepared.find(statement);
    if (it == m_prepared.end()) {
        auto query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(statement)) {
            m_lastError = query->lastError().text();
            return nullptr;
        }
        it = m_prepared.insert(statement, query);
    }
    return it->get();
}

QVariant SyncConnection::scalar(const QString &statement, const QVariantList &binds)
{
    QSqlQuery *query = prepared(statement);
    if (!query || !sql::exec(*query, binds, &m_lastError))
        return {};
    const QVariant value = query->next() ? query->value(0) : QVariant();
    query->finish();
    return value;
}

std::optional<QVariantList> SyncConnection::row(const QString &statement, int columns,
                                                const QVariantList &binds)
{
    QSqlQuery *query = prepared(statement);
    if (!query || !sql::exec(*query, binds, &m_lastError) || !query->next()) {
        if (query)
            query->finish();
        return std::nullopt;
    }
    QVariantList values;
    values.reserve(columns);
    for (int column = 0; column < columns; ++column)
        values << query->value(column);
    query->finish();
    return values;
}

bool SyncConnection::exec(const QString &statement, const QVariantList &binds, qint64 *insertId)
{
    QSqlQuery *query = prepared(statement);
    if (!query || !sql::exec(*query, binds, &m_lastError))
        return false;
    if (insertId)
        *insertId = query->lastInsertId().toLongLong();
    query->finish();
    return true;
}

QString SyncConnection::state(const QString &key) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key}).toString();
}

bool SyncConnection::setState(const QString &key, const QString &value)
{
    return bool(run(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                                   " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {key, value}));
}

} // namespace confab
