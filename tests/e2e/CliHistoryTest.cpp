#include "CliHarness.h"
#include "catch.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using confab::test::CliHarness;
using confab::test::CliRun;

TEST_CASE("History can be searched, exported and imported from the command line with no key and no network")
{
    CliHarness h;
    REQUIRE(h.run({QStringLiteral("chat"), QStringLiteral("Tell me about quokkas")}).exitCode == 0);
    REQUIRE(h.run({QStringLiteral("chat"), QStringLiteral("And about wombats")}).exitCode == 0);

    // Offline and keyless from here on.
    h.openRouterKey.clear();
    h.falKey.clear();
    h.openRouter.setExpectedKey(QStringLiteral("nobody-has-this"));

    const CliRun found = h.run({QStringLiteral("search"), QStringLiteral("quokkas")});
    REQUIRE(found.exitCode == 0);
    CHECK(found.out.contains(QStringLiteral("«quokkas»")));
    CHECK_FALSE(found.out.contains(QStringLiteral("wombats")));

    const CliRun hostile = h.run({QStringLiteral("search"), QStringLiteral("\"quok* NEAR -(")});
    CHECK(hostile.exitCode == 0);

    // One page at a time, with a hint for the next page (both prompts say "about").
    const CliRun paged = h.run(
        {QStringLiteral("search"), QStringLiteral("about"), QStringLiteral("--limit"), QStringLiteral("1")});
    REQUIRE(paged.exitCode == 0);
    CHECK(paged.err.contains(QStringLiteral("--offset 1")));
    const CliRun next = h.run({QStringLiteral("search"), QStringLiteral("about"), QStringLiteral("--limit"),
                               QStringLiteral("1"), QStringLiteral("--offset"), QStringLiteral("1")});
    CHECK(next.exitCode == 0);
    CHECK_FALSE(next.out.isEmpty());
    CHECK(h.run({QStringLiteral("search"), QStringLiteral("about"), QStringLiteral("--limit"),
                 QStringLiteral("zero")})
              .exitCode == 2);

    const QString json = h.dir.filePath(QStringLiteral("export"));
    const CliRun exportRun = h.run({QStringLiteral("export"), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("--out"), json});
    REQUIRE(exportRun.exitCode == 0);
    // stderr is a pipe here, so no progress line with carriage returns.
    CHECK_FALSE(exportRun.err.contains(u'\r'));
    QFile exported(json + QStringLiteral("/history.json"));
    REQUIRE(exported.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(exported.readAll()).isObject());

    const QString markdown = h.dir.filePath(QStringLiteral("quokkas.md"));
    REQUIRE(h.run({QStringLiteral("export"), QStringLiteral("--session"), QStringLiteral("1"),
                   QStringLiteral("--out"), markdown})
                .exitCode == 0);
    QFile md(markdown);
    REQUIRE(md.open(QIODevice::ReadOnly));
    CHECK(md.readAll().contains("quokkas"));

    CliHarness other;
    const CliRun imported = other.run({QStringLiteral("import"), json});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(other.run({QStringLiteral("sessions")}).out.contains(QStringLiteral("And about wombats")));

    const CliRun usage = h.run({QStringLiteral("usage")});
    REQUIRE(usage.exitCode == 0);
    CHECK(usage.out.contains(QStringLiteral("openai/gpt-4o-mini")));
}

TEST_CASE("Unknown options exit 2 with a message")
{
    CliHarness h;
    const CliRun run = h.run({QStringLiteral("chat"), QStringLiteral("--no-such-option")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("no-such-option")));
}

TEST_CASE("A JSON export asks for a folder, refuses a file name and says what it wrote")
{
    CliHarness h;
    REQUIRE(h.run({QStringLiteral("chat"), QStringLiteral("Tell me about quokkas")}).exitCode == 0);

    const CliRun help = h.run({QStringLiteral("export"), QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("JSON: a new folder")));

    const QString file = h.dir.filePath(QStringLiteral("history.json"));
    const CliRun refused = h.run({QStringLiteral("export"), QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("--out"), file});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("a JSON export is a folder")));
    CHECK_FALSE(QFileInfo::exists(file));

    const QString folder = h.dir.filePath(QStringLiteral("backup"));
    const CliRun written = h.run({QStringLiteral("export"), QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("--out"), folder});
    REQUIRE(written.exitCode == 0);
    CHECK(written.out == folder + QStringLiteral("/history.json\n"));
    CHECK(written.err.contains(QStringLiteral("Wrote history.json and its pictures (images/) into ")));
    CHECK(QFileInfo(folder + QStringLiteral("/history.json")).isFile());
}
