#include "CliHarness.h"
#include "catch.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace confab;
using confab::test::CliHarness;
using confab::test::CliRun;

namespace {

QJsonObject lastChatBody(const CliHarness &h)
{
    return QJsonDocument::fromJson(h.openRouter.chatRequests().last().body).object();
}

} // namespace

TEST_CASE(
    "confab chat --reasoning-effort sends the effort and --show-reasoning prints the thinking to stderr")
{
    CliHarness h;
    const CliRun run = h.run(
        {QStringLiteral("chat"), QStringLiteral("--model"), QStringLiteral("google/gemini-3-flash-preview"),
         QStringLiteral("--reasoning-effort"), QStringLiteral("high"), QStringLiteral("--show-reasoning"),
         QStringLiteral("[scenario:thinking] Why do cats purr?")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.trimmed() == h.openRouter.lastAnswerText().trimmed());
    CHECK(run.err.contains(h.openRouter.lastReasoning()));
    CHECK_FALSE(run.out.contains(h.openRouter.lastReasoning()));
    CHECK(lastChatBody(h).value(QStringLiteral("reasoning")).toObject() ==
          QJsonObject{{QStringLiteral("effort"), QStringLiteral("high")}});

    // The chat keeps its effort; without --show-reasoning the thinking stays off the terminal.
    const CliRun again = h.run({QStringLiteral("chat"), QStringLiteral("--session"), QStringLiteral("1"),
                                QStringLiteral("[scenario:thinking] And dogs?")});
    REQUIRE(again.exitCode == 0);
    CHECK_FALSE(again.err.contains(h.openRouter.lastReasoning()));
    CHECK(lastChatBody(h).value(QStringLiteral("reasoning")).toObject().value(QStringLiteral("effort")) ==
          QStringLiteral("high"));

    const CliRun off =
        h.run({QStringLiteral("chat"), QStringLiteral("--session"), QStringLiteral("1"),
               QStringLiteral("--reasoning-effort"), QStringLiteral("off"), QStringLiteral("Quick one")});
    REQUIRE(off.exitCode == 0);
    CHECK(lastChatBody(h).value(QStringLiteral("reasoning")).toObject().value(QStringLiteral("effort")) ==
          QStringLiteral("none"));
}

TEST_CASE("confab chat refuses an unknown reasoning effort with exit code 2 and sends nothing")
{
    CliHarness h;
    const CliRun run = h.run({QStringLiteral("chat"), QStringLiteral("--reasoning-effort"),
                              QStringLiteral("extreme"), QStringLiteral("Hello")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--reasoning-effort")));
    CHECK(h.openRouter.chatRequests().isEmpty());
}
