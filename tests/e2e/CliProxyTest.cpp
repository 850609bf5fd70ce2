#include "CliHarness.h"
#include "SystemProxy.h"
#include "catch.h"

using confab::test::CliHarness;
using confab::test::CliRun;
using confab::test::SystemProxy;

TEST_CASE("confab reaches OpenRouter through the proxy set in the system's settings")
{
    CliHarness h;
    // The test server stands in for the proxy: it answers requests that name the whole URL, as a proxy gets
    // them. OpenRouter's address is a name that resolves nowhere, so only the proxy can carry the question.
    const SystemProxy proxy(quint16(h.openRouter.baseUrl().port()), h.extraEnvironment);
    QUrl unreachable = h.openRouter.baseUrl();
    unreachable.setHost(QStringLiteral("openrouter.invalid"));
    h.extraEnvironment.insert(QStringLiteral("CONFAB_OPENROUTER_URL"), unreachable.toString());

    const CliRun run = h.run({QStringLiteral("chat"), QStringLiteral("Which way did this question come?")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.trimmed() == h.openRouter.lastAnswerText().trimmed());
    const auto chats = h.openRouter.chatRequests();
    REQUIRE(chats.size() == 1);
    CHECK(chats.first().isAbsoluteForm());
    CHECK(chats.first().url().host() == QLatin1String("openrouter.invalid"));
    CHECK(chats.first().path() == QLatin1String("/api/v1/chat/completions"));
}
