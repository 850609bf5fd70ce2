#include "CliHarness.h"
#include "catch.h"

#include <QDir>
#include <QFile>

using namespace confab;
using confab::test::CliHarness;
using confab::test::CliRun;

namespace {
QString readLog(const QString &dataDir)
{
    QFile file(QDir(dataDir).filePath(QStringLiteral("logs/confab.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

TEST_CASE("A CLI chat leaves a log of what it did, without the key or the conversation's bodies")
{
    CliHarness h;
    h.openRouterKey = QStringLiteral("sk-or-v1-log-canary-0123456789abcdef");
    const CliRun run = h.run({QStringLiteral("chat"), QStringLiteral("Tell me about sparrows")});
    REQUIRE(run.exitCode == 0);

    const QString log = readLog(h.dataDir());
    INFO(log.toStdString());
    CHECK(log.contains(QStringLiteral("confab.cli: confab chat started")));
    CHECK(log.contains(QStringLiteral("confab.store: opened")));
    CHECK(log.contains(QStringLiteral("confab.openrouter: POST")));
    CHECK(log.contains(QStringLiteral("confab.engine: turn finished")));
    CHECK_FALSE(log.contains(h.openRouterKey));
    CHECK_FALSE(log.contains(QStringLiteral("log-canary")));
    CHECK_FALSE(log.contains(QStringLiteral("sparrows")));
}

TEST_CASE("The --verbose option prints debug messages on stderr as well")
{
    CliHarness h;
    const CliRun quiet = h.run({QStringLiteral("chat"), QStringLiteral("Hello")});
    REQUIRE(quiet.exitCode == 0);
    CHECK_FALSE(quiet.err.contains(QStringLiteral("confab.openrouter:")));

    const CliRun verbose =
        h.run({QStringLiteral("--verbose"), QStringLiteral("chat"), QStringLiteral("Hello")});
    REQUIRE(verbose.exitCode == 0);
    CHECK(verbose.err.contains(QStringLiteral("confab.openrouter: POST")));
    CHECK(verbose.err.contains(QStringLiteral("attempt")));
    CHECK_FALSE(verbose.err.contains(h.openRouterKey));
}

TEST_CASE("Global options work before the command as after it")
{
    CliHarness h;
    const QString elsewhere = h.dir.filePath(QStringLiteral("elsewhere"));
    const CliRun run =
        h.run({QStringLiteral("--data-dir"), elsewhere, QStringLiteral("chat"), QStringLiteral("Hi")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QFile::exists(elsewhere + QStringLiteral("/confab.sqlite")));
    CHECK_FALSE(QFile::exists(h.dataDir() + QStringLiteral("/confab.sqlite")));

    const CliRun listed = h.run({QStringLiteral("--data-dir=") + elsewhere, QStringLiteral("sessions")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("Hi")));
}

TEST_CASE("An unknown command word is refused with the list of commands")
{
    CliHarness h;
    const CliRun run = h.run({QStringLiteral("chta"), QStringLiteral("Hi")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("unknown command 'chta'")));
    CHECK(run.err.contains(QStringLiteral("sessions")));
    CHECK(run.out.isEmpty());
}

TEST_CASE("A window session writes the same log, without the key")
{
    CliHarness h;
    h.openRouterKey = QStringLiteral("sk-or-v1-window-canary-0123456789abcdef");
    QProcess window;
    // The window opens on the platform the tests draw on (QT_QPA_PLATFORM from ctest: offscreen, or real
    // windows where Qt has no offscreen platform).
    window.setProcessEnvironment(h.environment());
    window.start(QStringLiteral(CONFAB_BINARY), {QStringLiteral("--benchmark-startup")});
    REQUIRE(window.waitForFinished(60000));
    CHECK(window.exitCode() == 0);

    const QString log = readLog(h.dataDir());
    INFO(log.toStdString());
    CHECK(log.contains(QStringLiteral("confab.store: opened")));
    CHECK(log.contains(QStringLiteral("confab.ui: window opening")));
    CHECK_FALSE(log.contains(QStringLiteral("window-canary")));
}
