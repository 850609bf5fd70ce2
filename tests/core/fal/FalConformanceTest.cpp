// Recorded-shape fal queue responses (tests/fixtures/provider/fal/) replayed through the real client: what
// the user would see from each.
#include "FalTestSupport.h"
#include "catch.h"

#include <QBuffer>

using namespace confab;
using namespace confab::test;

namespace {

void enqueueReplay(FalFixture &fixture, const QString &folder)
{
    testserver::FalScenario scenario;
    REQUIRE(testserver::FalServer::scenarioFromName(QStringLiteral("replay:") + folder, &scenario));
    fixture.server.enqueue(scenario);
}

} // namespace

TEST_CASE("Replayed: a Flux job goes through the queue, shows fal's log lines and ends with its image")
{
    FalFixture fixture;
    enqueueReplay(fixture, QStringLiteral("flux-ultra-completed"));
    FalOutcome outcome(fixture.generate(QStringLiteral("A lighthouse on a cliff at dusk, long exposure")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    CHECK(outcome.result->requestId == QStringLiteral("9f2c41d7-3b8e-4a56-b1d0-7e65c3a2f018"));
    CHECK(outcome.positions.contains(0));
    CHECK(outcome.logLines == QStringList{QStringLiteral("Starting generation"),
                                          QStringLiteral("Upscaling to the requested size")});
    CHECK(outcome.result->seed == 1846203751);
    REQUIRE(outcome.result->images.size() == 1);
    const FalImage &image = outcome.result->images.first();
    CHECK_FALSE(image.blocked);
    CHECK(image.mime == "image/jpeg");
    const QImage decoded = imageOf(image);
    REQUIRE_FALSE(decoded.isNull());
    CHECK(decoded.size() == QSize(96, 64));
}

TEST_CASE("Replayed: an edit whose result answers 422 shows fal's validation message")
{
    FalFixture fixture;
    enqueueReplay(fixture, QStringLiteral("edit-422-at-result"));
    QImage picture(16, 16, QImage::Format_RGB32);
    picture.fill(Qt::green);
    InputImage input;
    QBuffer buffer(&input.bytes);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    input.mime = "image/png";
    ImageEditOptions options;
    options.prompt = QStringLiteral("make it autumn");
    options.images = {input};
    FalOutcome outcome(fixture.client.edit(options));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == FalError::Kind::Validation);
    CHECK(outcome.error->httpStatus == 422);
    CHECK(outcome.error->message.contains(
        QStringLiteral("Failed to download the file. Please check if the URL is accessible and try again.")));
    CHECK(outcome.error->falErrorType == QStringLiteral("file_download_error"));
}

TEST_CASE("Replayed: COMPLETED carrying an error ends the job with fal's words and asks for no result")
{
    FalFixture fixture;
    enqueueReplay(fixture, QStringLiteral("completed-with-error"));
    FalOutcome outcome(fixture.generate(QStringLiteral("a harbour")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->message.contains(QStringLiteral("Internal error while running the model")));
    CHECK(outcome.error->falErrorType == QStringLiteral("internal_error"));
    CHECK(fixture.server
              .requestsTo("GET", QStringLiteral("/fal-ai/flux-pro/requests/c1d2e3f4-0a1b-4c2d-8e3f-"
                                                "5a6b7c8d9e0f/status"))
              .size() == 1);
    CHECK(fixture.server
              .requestsTo("GET", QStringLiteral("/fal-ai/flux-pro/requests/c1d2e3f4-0a1b-4c2d-8e3f-"
                                                "5a6b7c8d9e0f"))
              .size() == 1);
}

TEST_CASE("Replayed: a submit answer without a status is a queued job, not an unknown state")
{
    FalFixture fixture;
    enqueueReplay(fixture, QStringLiteral("submit-without-status"));
    FalOutcome outcome(fixture.generate(QStringLiteral("a red kite")));
    REQUIRE(outcome.waitForEnd());
    INFO((outcome.error ? outcome.error->message : QString()).toStdString());
    REQUIRE(outcome.result);
    CHECK(outcome.positions == QList<int>{0});
    CHECK(outcome.result->images.size() == 1);
}
