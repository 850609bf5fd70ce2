// What an image job records as spent: what fal charged, at the price fal's pricing API gives this account,
// including images fal made that never reached the user.
#include "EngineHarness.h"
#include "catch.h"

using namespace confab;
using confab::test::EngineHarness;

namespace {

Generation runImage(EngineHarness &h, const QString &prompt, int count = 1)
{
    TurnRequest request;
    request.mode = GenerationMode::TextToImage;
    request.prompt = prompt;
    request.image.count = count;
    const SendOutcome sent = h.sendAndWait(request);
    REQUIRE(sent.accepted);
    const QList<Generation> calls = h.generations(sent.assistantMessageId);
    REQUIRE(calls.size() == 1);
    return calls.first();
}

} // namespace

TEST_CASE("An image's cost is fal's own price for the account, not the built-in one")
{
    EngineHarness h;
    h.falServer.setPrice(QStringLiteral("fal-ai/flux-pro/v1.1-ultra"), 0.045);
    const Generation call = runImage(h, QStringLiteral("A lighthouse at dusk"), 2);
    CHECK(call.status == GenerationStatus::Succeeded);
    CHECK(call.costUsd.value_or(0) == Approx(0.09));
}

TEST_CASE("fal's count of billable units, when it sends one, is what is charged")
{
    EngineHarness h;
    h.falServer.setPrice(QStringLiteral("fal-ai/flux-pro/v1.1-ultra"), 0.05);
    h.falServer.setBillableUnits("1.5");
    const Generation call = runImage(h, QStringLiteral("A lighthouse at dusk"));
    CHECK(call.costUsd.value_or(0) == Approx(0.075));
}

TEST_CASE("Without a price from fal, or in a unit Confab cannot count, the configured price is used")
{
    EngineHarness h;
    h.falServer.setPrice(QStringLiteral("fal-ai/flux-pro/v1.1-ultra"), 0.01, QStringLiteral("megapixels"));
    CHECK(runImage(h, QStringLiteral("A lighthouse at dusk")).costUsd.value_or(0) == Approx(0.06));
    h.falServer.setPrice(QStringLiteral("fal-ai/flux-pro/v1.1-ultra"), -1);
    CHECK(runImage(h, QStringLiteral("A harbour at dawn")).costUsd.value_or(0) == Approx(0.06));
}

TEST_CASE("Images fal made but that could not be downloaded are still recorded as charged")
{
    EngineHarness h;
    const Generation call = runImage(h, QStringLiteral("A lighthouse [scenario:corrupt-image]"), 2);
    CHECK(call.status == GenerationStatus::Failed);
    CHECK(call.images == 2);
    CHECK(call.costUsd.value_or(0) == Approx(0.12));
}

TEST_CASE("A job that fails before fal made anything records no charge")
{
    EngineHarness h;
    const Generation call = runImage(h, QStringLiteral("A lighthouse [scenario:result-server-error]"));
    CHECK(call.status == GenerationStatus::Failed);
    CHECK_FALSE(call.costUsd.has_value());
}
