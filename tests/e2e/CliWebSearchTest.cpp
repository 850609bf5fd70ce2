// `confab chat --web`: the question goes out with OpenRouter's web search tool, the answer comes back with
// the pages it cites, printed under it, kept with the answer through export and import.
#include "CliHarness.h"
#include "Files.h"
#include "catch.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace confab;
using confab::test::CliHarness;
using confab::test::CliRun;

namespace {} // namespace

TEST_CASE("confab chat --web prints the answer's cited pages as numbered links under it")
{
    CliHarness h;
    const CliRun run =
        h.run({QStringLiteral("chat"), QStringLiteral("--web"), QStringLiteral("What is new in Qt?")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("Qt 6.10 was released in October 2025")));
    CHECK(
        run.out.endsWith(QStringLiteral("\n\n[1] Qt 6.10 Released — https://www.qt.io/blog/qt-6.10-released\n"
                                        "[2] Debian -- Details of package qt6-base-dev in bookworm — "
                                        "https://packages.debian.org/bookworm/qt6-base-dev\n")));

    const QJsonObject body = QJsonDocument::fromJson(h.openRouter.chatRequests().last().body).object();
    CHECK(body.value(QStringLiteral("tools"))
              .toArray()
              .contains(QJsonDocument::fromJson(
                            R"({"type":"openrouter:web_search","parameters":{"max_results":5}})")
                            .object()));

    // The search's cost is the answer's cost, and counts in the usage figures.
    const CliRun usage = h.run({QStringLiteral("usage")});
    REQUIRE(usage.exitCode == 0);
    CHECK(usage.out.contains(QStringLiteral("$0.011")));
}

TEST_CASE("Without --web no search is offered and no sources are printed")
{
    CliHarness h;
    const CliRun run = h.run({QStringLiteral("chat"), QStringLiteral("What is new in Qt?")});
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(run.out.contains(QStringLiteral("[1]")));
    CHECK_FALSE(h.openRouter.chatRequests().last().body.contains("web_search"));
}

TEST_CASE("A web-searched answer keeps its citations through JSON export and import, and in Markdown")
{
    CliHarness h;
    REQUIRE(h.run({QStringLiteral("chat"), QStringLiteral("--web"), QStringLiteral("What is new in Qt?")})
                .exitCode == 0);
    const QString folder = h.dir.filePath(QStringLiteral("export"));
    REQUIRE(h.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                   QStringLiteral("--out"), folder})
                .exitCode == 0);
    CHECK(test::fileBytes(folder + QStringLiteral("/history.json"))
              .contains("https://www.qt.io/blog/qt-6.10-released"));

    const QString markdown = h.dir.filePath(QStringLiteral("qt.md"));
    REQUIRE(h.run({QStringLiteral("export"), QStringLiteral("--session"), QStringLiteral("1"),
                   QStringLiteral("--out"), markdown})
                .exitCode == 0);
    CHECK(test::fileBytes(markdown).contains("1. Qt 6.10 Released <https://www.qt.io/blog/qt-6.10-released>\n"
                                             "2. Debian -- Details of package qt6-base-dev in bookworm "
                                             "<https://packages.debian.org/bookworm/qt6-base-dev>\n"));

    CliHarness other;
    REQUIRE(other.run({QStringLiteral("import"), folder}).exitCode == 0);
    const QString again = other.dir.filePath(QStringLiteral("again.md"));
    REQUIRE(other
                .run({QStringLiteral("export"), QStringLiteral("--session"), QStringLiteral("1"),
                      QStringLiteral("--out"), again})
                .exitCode == 0);
    CHECK(test::fileBytes(again).contains("2. Debian -- Details of package qt6-base-dev in bookworm "
                                          "<https://packages.debian.org/bookworm/qt6-base-dev>"));
}
