#include "CliHarness.h"
#include "catch.h"

#include <QSettings>

using confab::test::CliHarness;
using confab::test::CliRun;

TEST_CASE("A command's help names the program as typed, lists the global options once and warns of nothing")
{
    CliHarness h;
    const CliRun help = h.run({QStringLiteral("chat"), QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    CHECK(help.out.startsWith(QStringLiteral("Usage: confab chat [options]")));
    // Qt warns on stderr when an option is declared twice.
    CHECK(help.err.isEmpty());
    CHECK(help.out.count(QStringLiteral("--data-dir <dir>")) == 1);
    CHECK(help.out.count(QStringLiteral("--model <model>")) == 1);
    CHECK(help.out.contains(QStringLiteral("--verbose")));

    // Global options before the command word work the same.
    const CliRun before =
        h.run({QStringLiteral("--verbose"), QStringLiteral("sessions"), QStringLiteral("--help")});
    CHECK(before.exitCode == 0);
    CHECK(before.out.startsWith(QStringLiteral("Usage: confab sessions")));
}

TEST_CASE("The top-level help lists every command in the user's language")
{
    CliHarness h;
    const CliRun english = h.run({QStringLiteral("--help")});
    REQUIRE(english.exitCode == 0);
    CHECK(english.out.contains(QStringLiteral("confab [options]")));
    CHECK(english.out.contains(QStringLiteral("Commands (confab <command> --help for details):")));
    for (const char *command :
         {"chat [PROMPT]", "sessions", "export --out PATH", "sync [--folder DIR]", "doctor"})
        CHECK(english.out.contains(QLatin1String(command)));

    // German as chosen in Settings → Appearance, which Confab honours on every platform (Windows programs do
    // not read LANGUAGE).
    QSettings(h.settingsFile(), QSettings::IniFormat)
        .setValue(QStringLiteral("appearance/language"), QStringLiteral("de"));
    const CliRun german = h.run({QStringLiteral("--help")});
    REQUIRE(german.exitCode == 0);
    CHECK(german.out.contains(QStringLiteral("Befehle (confab <Befehl> --help für Details):")));
    CHECK(german.out.contains(QStringLiteral("Volltextsuche über alle Chats")));
    CHECK(german.out.contains(QStringLiteral("Den Speicher in <dir> statt des üblichen verwenden.")));
    CHECK_FALSE(german.out.contains(QStringLiteral("full-text search over every chat")));
}
