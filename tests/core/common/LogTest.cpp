#include "Files.h"
#include "catch.h"
#include "log/Diagnostics.h"
#include "log/LogCategories.h"
#include "log/LogFile.h"
#include "log/LogSink.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace confab;

TEST_CASE("The log rotates by size and keeps a bounded number of old files")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logs/confab.log"));
    LogFile log(path, 1000, 2);
    const QByteArray line(99, 'x');
    for (int i = 0; i < 60; ++i)
        REQUIRE(log.append(line + '\n'));

    CHECK(QFileInfo(path).size() <= 1000);
    CHECK(QFile::exists(path + QStringLiteral(".1")));
    CHECK(QFile::exists(path + QStringLiteral(".2")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".3")));
}

TEST_CASE("The tail of the log is its last whole lines, oldest first")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("confab.log"));
    LogFile log(path);
    for (int i = 0; i < 500; ++i)
        log.append(QByteArray("line ") + QByteArray::number(i) + '\n');
    const QStringList tail = LogFile::tail(path, 3);
    CHECK(tail ==
          QStringList{QStringLiteral("line 497"), QStringLiteral("line 498"), QStringLiteral("line 499")});
    CHECK(LogFile::tail(dir.filePath(QStringLiteral("missing.log")), 3).isEmpty());
}

TEST_CASE("Every message goes to the log file with its category, and keys never do")
{
    QTemporaryDir dir;
    LogSink::install(dir.path(), LogEcho::Nothing);
    const QString key = QStringLiteral("sk-or-v1-sink-secret-abcdef123456");
    LogSink::setSecrets({key, QString()});
    qCInfo(lcOpenRouter) << "request with" << key << "done";
    qCWarning(lcFal) << "fal said: Key fal-id-1234:fal-secret-5678 is invalid";
    qCDebug(lcStore) << "debug lines are off by default";
    const QString path = LogSink::filePath();
    LogSink::uninstall();

    const QString log = test::fileText(path);
    INFO(log.toStdString());
    CHECK(log.contains(QStringLiteral("info confab.openrouter: request with \"[redacted]\" done")));
    CHECK(log.contains(QStringLiteral("warning confab.fal: fal said: Key [redacted] is invalid")));
    CHECK_FALSE(log.contains(QStringLiteral("sink-secret")));
    CHECK_FALSE(log.contains(QStringLiteral("fal-secret")));
    CHECK_FALSE(log.contains(QStringLiteral("debug lines")));
}

TEST_CASE("Diagnostics name the version, the paths and the log's last lines")
{
    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("confab.log"));
    LogFile(logPath).append("2026-11-29T00:00:00Z info confab.store: opened\n");
    const QString report =
        diagnosticsReport({dir.path(), dir.filePath(QStringLiteral("confab.sqlite")), dir.path(), logPath});
    CHECK(report.contains(QStringLiteral("Qt: ")));
    CHECK(report.contains(QStringLiteral("OS: ")));
    CHECK(report.contains(QStringLiteral("Database: ") + dir.filePath(QStringLiteral("confab.sqlite"))));
    CHECK(report.contains(QStringLiteral("confab.store: opened")));
}
