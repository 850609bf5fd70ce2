#include "FalImageFactory.h"
#include "FalTestSupport.h"
#include "catch.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>

using namespace confab;
using namespace confab::test;

namespace {

// Left half red, right half blue: a mirrored edit swaps the sides.
InputImage splitImage(int width = 64, int height = 32)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::red);
    for (int y = 0; y < height; ++y) {
        for (int x = width / 2; x < width; ++x)
            image.setPixelColor(x, y, Qt::blue);
    }
    InputImage input;
    QBuffer buffer(&input.bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    input.mime = "image/png";
    return input;
}

ImageEditOptions editOf(const QList<InputImage> &images)
{
    ImageEditOptions options;
    options.prompt = QStringLiteral("make it look like a poster");
    options.images = images;
    return options;
}

bool isReddish(QColor c)
{
    return c.red() > 150 && c.blue() < 120;
}

bool isBluish(QColor c)
{
    return c.blue() > 150 && c.red() < 120;
}

} // namespace

TEST_CASE("Even a small input image goes through fal storage and the edit visibly uses it")
{
    FalFixture fixture;
    const InputImage input = splitImage();
    REQUIRE(input.bytes.size() < 1024);
    FalOutcome outcome(fixture.client.edit(editOf({input})));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    CHECK(outcome.result->model == QStringLiteral("fal-ai/gemini-25-flash-image/edit"));
    REQUIRE(outcome.result->images.size() == 1);
    const QImage edited = imageOf(outcome.result->images.first());
    REQUIRE_FALSE(edited.isNull());
    CHECK(edited.width() == 2 * edited.height());
    CHECK(isBluish(edited.pixelColor(2, edited.height() / 2)));
    CHECK(isReddish(edited.pixelColor(edited.width() - 3, edited.height() / 2)));
    CHECK_FALSE(outcome.result->description.isEmpty());

    const auto initiations = fixture.server.requestsTo("POST", QStringLiteral("/storage/upload/initiate"));
    REQUIRE(initiations.size() == 1);
    CHECK(initiations.first().query(QStringLiteral("storage_type")) == QStringLiteral("fal-cdn-v3"));
    CHECK(initiations.first().header("authorization") == QByteArray("Key ") + FalTestKey);
    const auto uploads = fixture.server.requestsTo("PUT", QStringLiteral("/upload/"));
    REQUIRE(uploads.size() == 1);
    CHECK(uploads.first().header("authorization").isEmpty());
    CHECK(uploads.first().header("content-type") == "image/png");

    const QJsonObject sent = fixture.server.submittedInput(outcome.result->requestId);
    const QJsonArray urls = sent.value(QStringLiteral("image_urls")).toArray();
    REQUIRE(urls.size() == 1);
    CHECK(urls.first().toString().startsWith(fixture.server.baseUrl().toString() +
                                             QStringLiteral("/files/uploads/")));
    CHECK(fixture.server.requestsTo("POST", QStringLiteral("/fal-ai/gemini-25-flash-image/edit")).size() ==
          1);
}

TEST_CASE("Every input image is uploaded and sent, in order")
{
    FalFixture fixture;
    const InputImage square = splitImage(8, 8);
    const InputImage wide = splitImage(200, 100);
    ImageEditOptions options = editOf({square, wide});
    options.numImages = 2;
    FalOutcome outcome(fixture.client.edit(options));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    const QJsonArray urls = fixture.server.submittedInput(outcome.result->requestId)
                                .value(QStringLiteral("image_urls"))
                                .toArray();
    REQUIRE(urls.size() == 2);
    for (const QJsonValue &url : urls)
        CHECK_FALSE(url.toString().startsWith(QStringLiteral("data:")));
    const auto uploads = fixture.server.requestsTo("PUT", QStringLiteral("/upload/"));
    REQUIRE(uploads.size() == 2);
    CHECK(uploads.at(0).body == square.bytes);
    CHECK(uploads.at(1).body == wide.bytes);
    REQUIRE(outcome.result->images.size() == 2);
    CHECK(imageOf(outcome.result->images.at(1)).width() ==
          2 * imageOf(outcome.result->images.at(1)).height());
}

TEST_CASE("An input fal cannot read is refused with fal's explanation")
{
    FalFixture fixture;
    InputImage broken;
    broken.bytes = "not really a png";
    broken.mime = "image/png";
    FalOutcome outcome(fixture.client.edit(editOf({broken})));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == FalError::Kind::Validation);
    CHECK(outcome.error->message == QStringLiteral("Could not load the image at image_urls[0]."));
}

TEST_CASE("A chosen aspect ratio shapes the edited image")
{
    FalFixture fixture;
    ImageEditOptions options = editOf({splitImage()});
    options.aspectRatio = QStringLiteral("1:1");
    options.outputFormat = QStringLiteral("jpeg");
    FalOutcome outcome(fixture.client.edit(options));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    const FalImage &image = outcome.result->images.first();
    CHECK(image.mime == "image/jpeg");
    CHECK(image.width == image.height);
}
