#include "store/Database.h"

#include "domain/Message.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#ifdef CONFAB_SQLITE_INTERRUPT
#include <sqlite3.h>
#endif

namespace confab {
namespace {

QAtomicInteger<int> connectionCounter;

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

// A name beside `path` that does not exist yet; several moves within one millisecond stay apart.
QString freshSibling(const QString &path, const QString &suffix)
{
    QString candidate = path + suffix;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = path + suffix + QLatin1Char('-') + QString::number(n);
    return candidate;
}

// The write-ahead log belongs to its file: it moves with it, or the moved copy would lose recent writes.
bool moveWithSidecars(const QString &from, const QString &to)
{
    if (!QFile::rename(from, to))
        return false;
    for (const auto &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(from + suffix))
            QFile::rename(from + suffix, to + suffix);
    }
    return true;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_marker(m_path)
    , m_connectionName(QStringLiteral("confab-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool Database::connect(QString *error, Access access)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(access == Access::ReadOnly
                               ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                               : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        disconnect();
        return false;
    }
    return true;
}

void Database::disconnect()
{
    {
        const QMutexLocker lock(&m_interruptLock);
        m_interruptible = nullptr;
    }
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::close()
{
    if (!m_db.isValid())
        return;
    const bool wasOpen = m_db.isOpen();
    disconnect();
    if (wasOpen && !m_alongside)
        m_marker.writeAfterCleanClose();
}

bool Database::openAlongside(Access access, QString *error)
{
    close();
    m_alongside = true;
    if (!QFileInfo::exists(m_path)) {
        *error = QStringLiteral("there is no history at %1").arg(m_path);
        return false;
    }
    if (!connect(error, access))
        return false;
    if (access == Access::ReadOnly)
        return true;
    if (!configure(error)) {
        disconnect();
        return false;
    }
    return true;
}

OpenResult Database::open(IntegrityCheck check)
{
    close();
    m_alongside = false;
    m_integrityCheck = check;
    m_integrityCheckDue = false;
    const bool existed = QFileInfo(m_path).size() > 0;
    QString error;
    if (!connect(&error)) {
        return {OpenResult::Outcome::Failed,
                QCoreApplication::translate("Database", "Confab could not open its history at %1: %2")
                    .arg(m_path, error)};
    }
    if (existed)
        return openExisting();

    if (!configure(&error) || !migrate(0, &error)) {
        disconnect();
        return {OpenResult::Outcome::Failed,
                QCoreApplication::translate("Database", "Confab could not create its history at %1: %2")
                    .arg(m_path, error)};
    }
    // A file made just now holds nothing to check yet.
    m_marker.noteChecked(QDateTime::currentDateTime());
    OpenResult result{OpenResult::Outcome::Created,
                      QCoreApplication::translate("Database", "Started a new, empty history.")};
    result.toVersion = currentSchemaVersion();
    return result;
}

OpenResult Database::openExisting()
{
    QString error;
    // The version is read before anything writes to the file, so a newer file is left exactly as it was.
    const QVariant versionValue = sql::scalar(m_db, QStringLiteral("PRAGMA user_version"), {}, &error);
    if (!versionValue.isValid())
        return moveAside(error);
    const int version = versionValue.toInt();
    if (version > currentSchemaVersion()) {
        disconnect();
        OpenResult result{OpenResult::Outcome::TooNew,
                          QCoreApplication::translate(
                              "Database",
                              "This history (%1) was written by a newer version of Confab (format %2; "
                              "this version reads up to %3). It was left untouched: update Confab to "
                              "open it.")
                              .arg(m_path)
                              .arg(version)
                              .arg(currentSchemaVersion())};
        result.fromVersion = version;
        return result;
    }

    m_marker.consume();
    const bool checkNeeded = m_marker.checkNeeded(QDateTime::currentDateTime());
    m_integrityCheckDue = checkNeeded && m_integrityCheck == IntegrityCheck::Later;
    if (checkNeeded && !m_integrityCheckDue) {
        auto check = sql::run(m_db, QStringLiteral("PRAGMA quick_check"), {}, &error);
        if (!check)
            return moveAside(error);
        QStringList problems;
        while (check->next())
            problems << check->value(0).toString();
        check.reset();
        if (problems != QStringList{QStringLiteral("ok")})
            return moveAside(problems.join(QStringLiteral("; ")));
        m_marker.noteChecked(QDateTime::currentDateTime());
    }

    if (!configure(&error)) {
        disconnect();
        return {OpenResult::Outcome::Failed,
                QCoreApplication::translate("Database", "Confab could not open its history: %1").arg(error)};
    }

    OpenResult result{OpenResult::Outcome::Opened, {}};
    result.fromVersion = version;
    result.toVersion = currentSchemaVersion();
    if (version < currentSchemaVersion()) {
        if (!writeBackup(version, &result.backupPath, &error)) {
            disconnect();
            return {OpenResult::Outcome::Failed,
                    QCoreApplication::translate(
                        "Database",
                        "Confab did not upgrade its history because the backup before the upgrade "
                        "failed: %1. The file was left as it was.")
                        .arg(error)};
        }
        if (!migrate(version, &error)) {
            disconnect();
            return {
                OpenResult::Outcome::Failed,
                QCoreApplication::translate(
                    "Database", "Upgrading the history failed: %1. A copy from before the upgrade is at %2.")
                    .arg(error, result.backupPath)};
        }
        result.outcome = OpenResult::Outcome::Migrated;
        result.message =
            QCoreApplication::translate(
                "Database", "Upgraded the history to format %1; a copy of the previous one is at %2.")
                .arg(currentSchemaVersion())
                .arg(result.backupPath);
    }
    result.interruptedMessages = recoverInterrupted();
    if (result.interruptedMessages > 0) {
        const QString note =
            QCoreApplication::translate("Database",
                                        "%n answer(s) cut off when Confab last stopped were marked "
                                        "as interrupted.",
                                        nullptr, result.interruptedMessages);
        result.message = result.message.isEmpty() ? note : result.message + QLatin1Char(' ') + note;
    }
    return result;
}

bool Database::configure(QString *error)
{
    // Foreign keys cannot be switched inside a transaction, so they are set once per connection, before any.
    return sql::run(m_db, QStringLiteral("PRAGMA journal_mode=WAL"), {}, error) &&
           sql::run(m_db, QStringLiteral("PRAGMA synchronous=NORMAL"), {}, error) &&
           sql::run(m_db, QStringLiteral("PRAGMA foreign_keys=ON"), {}, error);
}

bool Database::migrate(int fromVersion, QString *error)
{
    const auto &steps = schemaMigrations();
    for (int version = fromVersion; version < steps.size(); ++version) {
        const bool done = transaction([&] {
            for (const QString &statement : steps.at(version)) {
                if (!sql::run(m_db, statement, {}, error))
                    return false;
            }
            return bool(sql::run(m_db, QStringLiteral("PRAGMA user_version=%1").arg(version + 1), {}, error));
        });
        if (!done) {
            if (error->isEmpty())
                *error = m_db.lastError().text();
            return false;
        }
    }
    return true;
}

int Database::recoverInterrupted()
{
    auto query = sql::run(m_db,
                          QStringLiteral("UPDATE messages SET status = 'interrupted',"
                                         " metadata = json_remove(metadata, '$.progress')"
                                         " WHERE status IN ('pending', 'processing')"),
                          {});
    return query ? query->numRowsAffected() : 0;
}

bool Database::writeBackup(int fromVersion, QString *backupPath, QString *error)
{
    *backupPath = freshSibling(m_path, QStringLiteral(".backup-%1-v%2").arg(timestamp()).arg(fromVersion));
    if (!sql::run(m_db, QStringLiteral("VACUUM INTO ?"), {*backupPath}, error))
        return false;
    pruneBackups();
    return true;
}

void Database::interruptWhen(std::function<bool()> stop)
{
    const QMutexLocker lock(&m_interruptLock);
    m_stop = std::move(stop);
#ifdef CONFAB_SQLITE_INTERRUPT
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    m_interruptible = sqlite;
    sqlite3_progress_handler(
        sqlite, 2000, [](void *self) -> int { return static_cast<const Database *>(self)->m_stop() ? 1 : 0; },
        this);
#endif
}

void Database::interruptIfStopped()
{
    const QMutexLocker lock(&m_interruptLock);
#ifdef CONFAB_SQLITE_INTERRUPT
    if (m_interruptible && m_stop && m_stop())
        sqlite3_interrupt(static_cast<sqlite3 *>(m_interruptible));
#endif
}

void Database::noteIntegrityChecked()
{
    m_marker.noteChecked(QDateTime::currentDateTime());
    m_integrityCheckDue = false;
}

QStringList Database::backups() const
{
    const QFileInfo info(m_path);
    const QStringList names =
        QDir(info.absolutePath())
            .entryList({info.fileName() + QStringLiteral(".backup-*")}, QDir::Files, QDir::Name);
    QStringList paths;
    for (const QString &name : names)
        paths << info.absolutePath() + QLatin1Char('/') + name;
    return paths;
}

void Database::pruneBackups()
{
    QStringList all = backups();
    while (all.size() > KeptBackups)
        QFile::remove(all.takeFirst());
}

OpenResult Database::moveAside(const QString &reason)
{
    disconnect();
    const QString aside = freshSibling(m_path, QStringLiteral(".damaged-%1").arg(timestamp()));
    if (!moveWithSidecars(m_path, aside)) {
        return {OpenResult::Outcome::Failed,
                QCoreApplication::translate(
                    "Database",
                    "The history at %1 is damaged (%2) and could not be moved aside; it was left as "
                    "it was.")
                    .arg(m_path, reason)};
    }
    OpenResult result{OpenResult::Outcome::Corrupt, {}};
    result.movedAsidePath = aside;
    const QStringList saved = backups();
    QString offer = QCoreApplication::translate("Database", "You can start with an empty history.");
    if (!saved.isEmpty()) {
        result.backupPath = saved.last();
        offer = QCoreApplication::translate(
                    "Database", "You can restore the newest backup (%1) or start with an empty history.")
                    .arg(result.backupPath);
    }
    result.message =
        QCoreApplication::translate(
            "Database", "The history file was damaged (%1). Nothing was deleted: it was moved to %2. %3")
            .arg(reason, aside, offer);
    return result;
}

OpenResult Database::restoreNewestBackup()
{
    close();
    const QStringList saved = backups();
    if (saved.isEmpty())
        return {OpenResult::Outcome::Failed,
                QCoreApplication::translate("Database", "There is no backup of the history to restore.")};
    if (QFileInfo::exists(m_path) &&
        !moveWithSidecars(m_path, freshSibling(m_path, QStringLiteral(".replaced-%1").arg(timestamp())))) {
        return {OpenResult::Outcome::Failed,
                QCoreApplication::translate("Database", "Could not move the current history at %1 aside.")
                    .arg(m_path)};
    }
    if (!QFile::copy(saved.last(), m_path)) {
        return {OpenResult::Outcome::Failed,
                QCoreApplication::translate("Database", "Could not copy the backup %1 into place.")
                    .arg(saved.last())};
    }
    OpenResult result = open();
    if (result.isOpen()) {
        result.outcome = OpenResult::Outcome::Restored;
        result.message = QCoreApplication::translate("Database", "Restored the history from the backup %1.")
                             .arg(saved.last());
        result.backupPath = saved.last();
    }
    return result;
}

OpenResult Database::startFresh()
{
    close();
    QString aside;
    if (QFileInfo::exists(m_path)) {
        aside = freshSibling(m_path, QStringLiteral(".replaced-%1").arg(timestamp()));
        if (!moveWithSidecars(m_path, aside)) {
            return {OpenResult::Outcome::Failed,
                    QCoreApplication::translate("Database", "Could not move the current history at %1 aside.")
                        .arg(m_path)};
        }
    }
    OpenResult result = open();
    result.movedAsidePath = aside;
    return result;
}

} // namespace confab
