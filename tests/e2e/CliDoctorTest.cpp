#include "CliHarness.h"
#include "catch.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace confab;
using confab::test::CliHarness;
using confab::test::CliRun;

namespace {

QStringList linesOf(const CliRun &run)
{
    return run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void checkNoKeys(const CliHarness &h, const CliRun &run)
{
    for (const QString &text : {run.out, run.err}) {
        CHECK_FALSE(text.contains(h.openRouterKey));
        CHECK_FALSE(text.contains(h.falKey));
    }
}

} // namespace

TEST_CASE("confab doctor passes every step against working services, spending nothing")
{
    CliHarness h;
    const CliRun run = h.run({QStringLiteral("doctor")});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = linesOf(run);
    REQUIRE(lines.size() == 7);
    CHECK(lines.at(0) == QStringLiteral("[ok  ] The keychain answers."));
    CHECK(lines.at(1) ==
          QStringLiteral("[ok  ] OpenRouter key from the environment (OPENROUTER_API_KEY); fal key "
                         "from the environment (FAL_KEY)."));
    CHECK(lines.at(2).startsWith(QStringLiteral("[ok  ] OpenRouter accepted the key: $")));
    CHECK(lines.at(3).startsWith(QStringLiteral("[ok  ] The model list loads (")));
    CHECK(lines.at(4).startsWith(QStringLiteral("[ok  ] A short chat with openai/gpt-4o-mini works")));
    CHECK(lines.at(5) ==
          QStringLiteral("[ok  ] fal accepted the key and the account (checked without spending anything)."));
    CHECK(lines.at(6) == QStringLiteral("Setup is fine."));
    checkNoKeys(h, run);

    REQUIRE(h.openRouter.chatRequests().size() == 1);
    const QJsonObject body = QJsonDocument::fromJson(h.openRouter.chatRequests().first().body).object();
    CHECK(body.value(QStringLiteral("max_completion_tokens")).toInt() == 16);
    CHECK(h.openRouter.lastRefusal().isEmpty()); // the server refuses fewer than 16, as some providers do
    // fal is asked to start an upload, which needs a working account, and nothing is queued or uploaded.
    CHECK(h.fal.requestsTo("POST", QStringLiteral("/storage/upload/initiate")).size() == 1);
    CHECK(h.fal.requestsTo("POST", QStringLiteral("/fal-ai/")).isEmpty());
    CHECK(h.fal.requestsTo("PUT", QStringLiteral("/")).isEmpty());
}

TEST_CASE("confab doctor names a rejected OpenRouter key and skips the chat")
{
    CliHarness h;
    h.openRouterKey = QStringLiteral("sk-or-bad-key-for-doctor");
    const CliRun run = h.run({QStringLiteral("doctor")});
    INFO(run.out.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("[FAIL] OpenRouter rejected the key (401).")));
    CHECK(run.out.contains(QStringLiteral("[skip] Chat not tried")));
    CHECK(run.out.contains(QStringLiteral("[ok  ] fal accepted the key")));
    CHECK(linesOf(run).last() == QStringLiteral("Setup has a problem: OpenRouter rejected the key (401)."));
    CHECK(h.openRouter.chatRequests().isEmpty());
    checkNoKeys(h, run);
}

TEST_CASE("confab doctor names a fal key that fal rejects")
{
    CliHarness h;
    h.fal.setExpectedKey("the-only-good-fal-key");
    const CliRun run = h.run({QStringLiteral("doctor")});
    INFO(run.out.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("[ok  ] A short chat")));
    CHECK(linesOf(run).last() ==
          QStringLiteral(
              "Setup has a problem: fal rejected the key (401): Authentication failed: invalid key."));
    checkNoKeys(h, run);
}

TEST_CASE("confab doctor fails a locked fal account with fal's reason, though its key is known")
{
    CliHarness h;
    const QString reason = QStringLiteral(
        "User is locked. Reason: Exhausted balance. Top up your balance at fal.ai/dashboard/billing.");
    h.fal.setLockReason(reason);
    const CliRun run = h.run({QStringLiteral("doctor")});
    INFO(run.out.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("[FAIL] fal refused the account (403): ") + reason));
    CHECK(linesOf(run).last() ==
          QStringLiteral("Setup has a problem: fal refused the account (403): ") + reason);
    checkNoKeys(h, run);
}

TEST_CASE("confab doctor says which key is missing")
{
    CliHarness h;
    h.falKey.clear();
    const CliRun run = h.run({QStringLiteral("doctor")});
    INFO(run.out.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("[FAIL] No fal key: add it in Settings, or set FAL_KEY.")));
    CHECK(run.out.contains(QStringLiteral("[skip] fal key not checked: there is none.")));
}

TEST_CASE("confab doctor --image says the price first, then generates one image")
{
    CliHarness h;
    const CliRun run = h.run({QStringLiteral("doctor"), QStringLiteral("--image")});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = linesOf(run);
    REQUIRE(lines.size() == 9);
    CHECK(lines.first() == QStringLiteral("The image check generates one real image with "
                                          "fal-ai/flux-pro/v1.1-ultra for $0.06."));
    CHECK(lines.at(7).startsWith(QStringLiteral("[ok  ] fal generated an image (")));
    CHECK(h.fal.requestsTo("POST", QStringLiteral("/fal-ai/flux-pro/v1.1-ultra")).size() == 1);
}
