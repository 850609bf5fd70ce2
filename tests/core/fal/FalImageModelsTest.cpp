// The image-model registry: each model's input as its fal schema spells it, checked by the fal stand-in
// (which refuses fields a schema lacks, as fal's validation does), and its price, fresh or last known.
#include "fal/FalImageModels.h"

#include "FalModelRunner.h"
#include "FalTestSupport.h"
#include "catch.h"
#include "fal/FalClient.h"
#include "fal/FalPriceList.h"
#include "fal/FalPriceLookup.h"
#include "fal/FalPricing.h"
#include "fal/FalRequestBuilder.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QSignalSpy>

using namespace confab;
using namespace confab::test;

namespace {

InputImage smallPng()
{
    QImage image(32, 32, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    InputImage input;
    QBuffer buffer(&input.bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    input.mime = "image/png";
    return input;
}

} // namespace

TEST_CASE(
    "FLUX.2 gets a named image size and a safety checker switch, and its picture has the shape asked for")
{
    FalFixture fixture;
    FluxUltraOptions options;
    options.model = QStringLiteral("fal-ai/flux-2");
    options.prompt = QStringLiteral("a lighthouse at dusk");
    options.aspectRatio = QStringLiteral("16:9");
    options.outputFormat = QStringLiteral("png");
    FalOutcome outcome(fixture.client.generate(options));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    CHECK(outcome.result->model == QStringLiteral("fal-ai/flux-2"));
    const QJsonObject input = fixture.server.submittedInput(outcome.result->requestId);
    CHECK(input.value(QStringLiteral("image_size")).toString() == QStringLiteral("landscape_16_9"));
    CHECK(input.value(QStringLiteral("enable_safety_checker")).toBool());
    CHECK_FALSE(input.contains(QStringLiteral("aspect_ratio")));
    CHECK_FALSE(input.contains(QStringLiteral("safety_tolerance")));
    CHECK_FALSE(input.contains(QStringLiteral("raw")));
    REQUIRE(outcome.result->images.size() == 1);
    CHECK(outcome.result->images.first().width > outcome.result->images.first().height);
}

TEST_CASE("Nano Banana Pro edits take a resolution â the first Nano Banana has none to choose")
{
    FalFixture fixture;
    ImageEditOptions options;
    options.model = QStringLiteral("fal-ai/nano-banana-pro/edit");
    options.prompt = QStringLiteral("make it autumn");
    options.images = {smallPng()};
    options.resolution = QStringLiteral("2K");
    options.aspectRatio = QStringLiteral("4:3");
    FalOutcome outcome(fixture.client.edit(options));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    const QJsonObject input = fixture.server.submittedInput(outcome.result->requestId);
    CHECK(input.value(QStringLiteral("resolution")).toString() == QStringLiteral("2K"));
    CHECK(input.value(QStringLiteral("aspect_ratio")).toString() == QStringLiteral("4:3"));
    CHECK_FALSE(input.contains(QStringLiteral("safety_tolerance")));
    CHECK(fixture.server.requestsTo("POST", QStringLiteral("/fal-ai/nano-banana-pro/edit")).size() == 1);

    options.resolution = QStringLiteral("0.5K");
    CHECK(FalRequestBuilder::validate(options).contains(QStringLiteral("1K, 2K, 4K")));
    options.model = QStringLiteral("fal-ai/nano-banana-2/edit");
    CHECK(FalRequestBuilder::validate(options).isEmpty());
    options.model = QString::fromLatin1(FalModel::GeminiFlashEdit);
    CHECK_FALSE(FalRequestBuilder::validate(options).isEmpty());
}

TEST_CASE("A model Confab does not offer, or of the wrong kind, is refused before anything is sent")
{
    FalFixture fixture;
    FluxUltraOptions options;
    options.model = QStringLiteral("fal-ai/nano-banana-pro/edit");
    options.prompt = QStringLiteral("a kite");
    FalOutcome outcome(fixture.client.generate(options));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == FalError::Kind::Validation);
    CHECK(outcome.error->message.contains(QStringLiteral("fal-ai/flux-2")));
    CHECK(fixture.server.requests().isEmpty());
}

TEST_CASE("The fal stand-in refuses inputs the new models' schemas do not have")
{
    FalFixture fixture;
    FluxUltraOptions options;
    options.model = QStringLiteral("fal-ai/flux-2");
    options.prompt = QStringLiteral("a kite");
    options.aspectRatio = QStringLiteral("1:1");
    options.outputFormat = QStringLiteral("png");
    QJsonObject wrong = FalRequestBuilder::fluxUltraInput(options);
    CHECK(wrong.value(QStringLiteral("image_size")).toString() == QStringLiteral("square_hd"));
    CHECK(testserver::FalModelRunner::validate(QStringLiteral("fal-ai/flux-2"), wrong).isEmpty());
    wrong.insert(QStringLiteral("aspect_ratio"), QStringLiteral("1:1")); // Flux Ultra's field, not FLUX.2's
    const QJsonArray refused = testserver::FalModelRunner::validate(QStringLiteral("fal-ai/flux-2"), wrong);
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().toObject().value(QStringLiteral("loc")).toArray().last().toString() ==
          QStringLiteral("aspect_ratio"));
    QJsonObject pro{{QStringLiteral("prompt"), QStringLiteral("p")},
                    {QStringLiteral("image_urls"), QJsonArray{QStringLiteral("data:image/png;base64,AA==")}},
                    {QStringLiteral("resolution"), QStringLiteral("8K")}};
    CHECK_FALSE(
        testserver::FalModelRunner::validate(QStringLiteral("fal-ai/nano-banana-pro/edit"), pro).isEmpty());
    pro.insert(QStringLiteral("resolution"), QStringLiteral("4K"));
    CHECK(testserver::FalModelRunner::validate(QStringLiteral("fal-ai/nano-banana-pro/edit"), pro).isEmpty());
    pro.insert(QStringLiteral("safety_tolerance"), QStringLiteral("4"));
    CHECK_FALSE(
        testserver::FalModelRunner::validate(QStringLiteral("fal-ai/nano-banana-pro/edit"), pro).isEmpty());
}

TEST_CASE("Prices come from fal's pricing API for a day, and are said to be last known otherwise")
{
    FalFixture fixture;
    fixture.server.setPrice(QStringLiteral("fal-ai/flux-2"), 0.02);
    FalPriceLookup lookup(&fixture.client);
    QSignalSpy read(&lookup, &FalPriceLookup::read);
    REQUIRE(lookup.start());
    REQUIRE(read.wait(5000));
    const auto prices = read.first().first().value<QHash<QString, FalPrice>>();
    CHECK(prices.size() == falimagemodels::all().size());
    const auto asked = fixture.server.requestsTo("GET", QStringLiteral("/v1/models/pricing"));
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().query(QStringLiteral("endpoint_id")).split(QLatin1Char(',')).size() ==
          falimagemodels::all().size());

    const QDateTime fetched(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    FalPriceList list;
    list.update(prices, fetched);
    // Kept in the settings and read back as it was.
    const FalPriceList kept = FalPriceList::fromJson(list.toJson());
    const QDateTime hourLater = fetched.addSecs(3600);
    CHECK(kept.label(QStringLiteral("fal-ai/flux-2"), hourLater) == QStringLiteral("$0.020 per image"));
    CHECK_FALSE(kept.needsRefresh(hourLater));
    const QDateTime dayLater = fetched.addSecs(FalPriceList::FreshForSeconds);
    CHECK(kept.needsRefresh(dayLater));
    CHECK(kept.label(QStringLiteral("fal-ai/flux-2"), dayLater) ==
          QStringLiteral("$0.012 per image (last known)"));
    CHECK(FalPriceList().label(QString::fromLatin1(FalModel::FluxProUltra), hourLater) ==
          QStringLiteral("$0.060 per image (last known)"));
}

TEST_CASE("Without a key no price is asked for, and a broken answer leaves the last known prices")
{
    FalFixture fixture;
    fixture.client.setApiKey(QString());
    FalPriceLookup lookup(&fixture.client);
    CHECK_FALSE(lookup.start());

    CHECK(FalPricing::readPricingAnswer(
              QByteArray("{\"prices\":[{\"endpoint_id\":\"fal-ai/flux-2\","
                         "\"unit_price\":1e308,\"unit\":\"image\",\"currency\":\"USD\"}]}"))
              .isEmpty());
    // An entry for a model Confab does not offer cannot add one.
    CHECK(FalPricing::readPricingAnswer(QByteArray("{\"prices\":[{\"endpoint_id\":\"x/y\",\"unit_price\":1,"
                                                   "\"unit\":\"image\",\"currency\":\"USD\"}]}"))
              .isEmpty());
    CHECK(FalPriceList::fromJson("garbage").needsRefresh(QDateTime::currentDateTimeUtc()));
}
