#include "FalImageFactory.h"
#include "FalTestSupport.h"
#include "catch.h"

#include <QJsonObject>

using namespace confab;
using namespace confab::test;
using confab::testserver::FalImageFactory::colourFor;

TEST_CASE("A generated image arrives as a real picture of the requested shape and colour")
{
    FalFixture fixture;
    FluxUltraOptions options;
    options.prompt = QStringLiteral("a red fox in snow");
    options.aspectRatio = QStringLiteral("16:9");
    options.outputFormat = QStringLiteral("png");
    FalOutcome outcome(fixture.client.generate(options));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    CHECK(outcome.finalSignals == 1);

    const FalResult &result = *outcome.result;
    CHECK(result.model == QStringLiteral("fal-ai/flux-pro/v1.1-ultra"));
    CHECK_FALSE(result.requestId.isEmpty());
    REQUIRE(result.images.size() == 1);
    const FalImage &image = result.images.first();
    CHECK(image.mime == "image/png");
    CHECK(image.width == 512);
    CHECK(image.height == 288);
    CHECK_FALSE(image.blocked);
    const QImage picture = imageOf(image);
    REQUIRE_FALSE(picture.isNull());
    CHECK(near(picture.pixelColor(0, 100), colourFor(options.prompt, 0)));
    CHECK(result.seed.has_value());
    REQUIRE(result.inferenceSeconds.has_value());
    CHECK(*result.inferenceSeconds == Approx(0.42));
    CHECK(result.msToFirstStatus >= 0);
    CHECK(result.totalMs >= result.msToFirstStatus);
}

TEST_CASE("Status and result are fetched on the URLs fal returned, without the model's subpath")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.generate(QStringLiteral("a quiet harbour")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);

    CHECK(fixture.server.requestsTo("POST", QStringLiteral("/fal-ai/flux-pro/v1.1-ultra")).size() == 1);
    const QString jobPath = QStringLiteral("/fal-ai/flux-pro/requests/") + outcome.result->requestId;
    const auto statusReads = fixture.server.requestsTo("GET", jobPath + QStringLiteral("/status"));
    CHECK(statusReads.size() >= 4);
    for (const auto &read : statusReads)
        CHECK(read.query(QStringLiteral("logs")) == QStringLiteral("1"));
    CHECK(fixture.server.requestsTo("GET", jobPath).size() == statusReads.size() + 1);
    for (const auto &request : fixture.server.requests())
        CHECK_FALSE(request.path().contains(QStringLiteral("v1.1-ultra/requests")));
}

TEST_CASE("The queue position counts down and each log line arrives once")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.generate(QStringLiteral("a paper boat")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    CHECK(outcome.positions == QList<int>{2, 1, 0});
    CHECK(outcome.logLines ==
          QStringList{QStringLiteral("Loading model"), QStringLiteral("Generating image")});
    CHECK(outcome.progress.contains(QStringLiteral("In queue (position 3)")));
    CHECK(outcome.progress.contains(QStringLiteral("In queue (next)")));
    CHECK(outcome.progress.contains(QStringLiteral("Generating image")));
    CHECK(outcome.progress.contains(QStringLiteral("Downloading images…")));
}

TEST_CASE("Every request to fal carries the key and image downloads never do")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.generate(QStringLiteral("a tram in fog"), 2));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    int downloads = 0;
    for (const auto &request : fixture.server.requests()) {
        if (request.path().startsWith(QStringLiteral("/files/"))) {
            ++downloads;
            CHECK(request.header("authorization").isEmpty());
        } else {
            CHECK(request.header("authorization") == QByteArray("Key ") + FalTestKey);
        }
    }
    CHECK(downloads == 2);
}

TEST_CASE("Several images for one prompt, and images for different prompts, can be told apart")
{
    FalFixture fixture;
    FalOutcome four(fixture.generate(QStringLiteral("a green teapot"), 4));
    REQUIRE(four.waitForEnd());
    REQUIRE(four.result);
    REQUIRE(four.result->images.size() == 4);
    QList<QRgb> colours;
    for (int i = 0; i < 4; ++i) {
        const QColor colour = imageOf(four.result->images.at(i)).pixelColor(0, 10);
        CHECK(near(colour, colourFor(QStringLiteral("a green teapot"), i)));
        colours.append(colour.rgb());
    }
    CHECK(QSet<QRgb>(colours.begin(), colours.end()).size() == 4);

    FalOutcome other(fixture.generate(QStringLiteral("a blue teapot")));
    REQUIRE(other.waitForEnd());
    REQUIRE(other.result);
    CHECK(imageOf(other.result->images.first()).pixelColor(0, 10).rgb() != colours.first());
}

TEST_CASE("Generation options reach fal spelled as its schema expects")
{
    FalFixture fixture;
    FluxUltraOptions options;
    options.prompt = QStringLiteral("a cathedral made of glass");
    options.aspectRatio = QStringLiteral("9:21");
    options.numImages = 2;
    options.outputFormat = QStringLiteral("jpeg");
    options.seed = 424242;
    options.raw = true;
    options.safetyTolerance = 5;
    FalOutcome outcome(fixture.client.generate(options));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);

    const QJsonObject sent = fixture.server.submittedInput(outcome.result->requestId);
    CHECK(sent.value(QStringLiteral("prompt")).toString() == options.prompt);
    CHECK(sent.value(QStringLiteral("aspect_ratio")).toString() == QStringLiteral("9:21"));
    CHECK(sent.value(QStringLiteral("num_images")).toInt() == 2);
    CHECK(sent.value(QStringLiteral("output_format")).toString() == QStringLiteral("jpeg"));
    CHECK(sent.value(QStringLiteral("seed")).toInteger() == 424242);
    CHECK(sent.value(QStringLiteral("raw")).toBool());
    CHECK(sent.value(QStringLiteral("safety_tolerance")).toString() == QStringLiteral("5"));
    // Flux Ultra's current schema has no enable_safety_checker: the tolerance is its only safety switch.
    CHECK_FALSE(sent.contains(QStringLiteral("enable_safety_checker")));

    CHECK(outcome.result->seed == 424242);
    REQUIRE(outcome.result->images.size() == 2);
    CHECK(outcome.result->images.first().mime == "image/jpeg");
    CHECK(outcome.result->images.first().width < outcome.result->images.first().height);
}

TEST_CASE("A flagged image is reported as blocked and is never downloaded")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.runScenario(QStringLiteral("nsfw"), 2));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    REQUIRE(outcome.result->images.size() == 2);
    CHECK(outcome.result->images.at(0).blocked);
    CHECK(outcome.result->images.at(0).bytes.isEmpty());
    CHECK_FALSE(outcome.result->images.at(1).blocked);
    CHECK_FALSE(imageOf(outcome.result->images.at(1)).isNull());
    const QString blockedPath = QStringLiteral("/files/%1/0").arg(outcome.result->requestId);
    CHECK(fixture.server.requestsTo("GET", blockedPath).isEmpty());
}

TEST_CASE("A job whose status has null or missing logs still finishes")
{
    FalFixture fixture;
    for (const QString &name : {QStringLiteral("logs-null"), QStringLiteral("logs-absent")}) {
        FalOutcome outcome(fixture.runScenario(name));
        REQUIRE(outcome.waitForEnd());
        REQUIRE(outcome.result);
        CHECK(outcome.logLines.isEmpty());
        CHECK(outcome.progress.contains(QStringLiteral("Generating…")));
        CHECK(outcome.result->images.size() == 1);
    }
}

TEST_CASE("A job without metrics reports no inference time")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.runScenario(QStringLiteral("logs-absent")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    CHECK_FALSE(outcome.result->inferenceSeconds.has_value());
}

TEST_CASE("Images fal returns inline as data URIs are decoded")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.runScenario(QStringLiteral("inline-images"), 2));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    REQUIRE(outcome.result->images.size() == 2);
    for (const FalImage &image : outcome.result->images) {
        CHECK(image.mime == "image/png");
        CHECK_FALSE(imageOf(image).isNull());
    }
    CHECK(fixture.server.requestsTo("GET", QStringLiteral("/files/")).isEmpty());
}

TEST_CASE("A scenario marker in the prompt picks how the job behaves")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.generate(QStringLiteral("a cat [scenario:completed-error]")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->message.contains(QStringLiteral("Runner disconnected")));
}

TEST_CASE("The server's default job goes through the queue with a step delay between positions")
{
    FalFixture fixture;
    fixture.server.setStepDelayMs(30);
    FalOutcome outcome(fixture.generate(QStringLiteral("a slow sunrise")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    CHECK(outcome.positions == QList<int>{2, 1, 0});
    CHECK(outcome.logLines.size() == 2);
}
