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

TEST_CASE("confab chat takes exactly the reasoning efforts the model's catalogue entry lists")
{
    CliHarness h;
    // The catalogue lists high, medium, low and minimal for this model: "xhigh" is refused before anything
    // is sent, naming what the model takes.
    const CliRun refused = h.run(
        {QStringLiteral("chat"), QStringLiteral("--model"), QStringLiteral("google/gemini-3-flash-preview"),
         QStringLiteral("--reasoning-effort"), QStringLiteral("xhigh"), QStringLiteral("Hello")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("google/gemini-3-flash-preview takes --reasoning-effort off, "
                                              "minimal, low, medium, high, default, not \"xhigh\"")));
    CHECK(h.openRouter.chatRequests().isEmpty());

    const CliRun minimal = h.run(
        {QStringLiteral("chat"), QStringLiteral("--model"), QStringLiteral("google/gemini-3-flash-preview"),
         QStringLiteral("--reasoning-effort"), QStringLiteral("minimal"), QStringLiteral("Hello")});
    INFO(minimal.err.toStdString());
    REQUIRE(minimal.exitCode == 0);
    CHECK(lastChatBody(h).value(QStringLiteral("reasoning")).toObject().value(QStringLiteral("effort")) ==
          QStringLiteral("minimal"));
}
