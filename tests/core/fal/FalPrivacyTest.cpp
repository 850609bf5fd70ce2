// What fal is asked to keep: nothing of a job's JSON (X-Fal-Store-IO: 0, fal docs "Data Retention &
// Storage"), and uploaded inputs and generated files only for a while (the object-lifecycle preference that
// fal-js and fal-client send on uploads).
#include "FalTestSupport.h"
#include "catch.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>

using namespace confab;
using namespace confab::test;

TEST_CASE("A job asks fal not to keep its request and to delete its images after an hour")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.generate(QStringLiteral("a private garden")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    CHECK_FALSE(fixture.server.payloadStored(outcome.result->requestId));
    CHECK(fixture.server.outputLifetimeSeconds(outcome.result->requestId) == 3600);
    const auto submits = fixture.server.requestsTo("POST", QStringLiteral("/fal-ai/flux-pro/v1.1-ultra"));
    REQUIRE(submits.size() == 1);
    CHECK(submits.first().header("x-fal-store-io") == "0");
}

TEST_CASE("An uploaded input image is kept by fal only for the configured lifetime")
{
    FalFixture fixture;
    fixture.setTuning([](FalTuning &tuning) { tuning.fileLifetimeSeconds = 600; });
    QImage picture(8, 8, QImage::Format_RGB32);
    picture.fill(Qt::darkGreen);
    InputImage input;
    QBuffer buffer(&input.bytes);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    input.mime = "image/png";
    ImageEditOptions options;
    options.prompt = QStringLiteral("add a fence");
    options.images = {input};
    FalOutcome outcome(fixture.client.edit(options));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);

    const auto initiations = fixture.server.requestsTo("POST", QStringLiteral("/storage/upload/initiate"));
    REQUIRE(initiations.size() == 1);
    // fal-js names the header X-Fal-Object-Lifecycle on this call, the docs and fal-client the -Preference
    // one.
    for (const QByteArray &name :
         {QByteArray("x-fal-object-lifecycle"), QByteArray("x-fal-object-lifecycle-preference")}) {
        const QJsonObject lifecycle = QJsonDocument::fromJson(initiations.first().header(name)).object();
        CHECK(lifecycle.value(QStringLiteral("expiration_duration_seconds")).toInt() == 600);
    }
    const auto uploads = fixture.server.requestsTo("PUT", QStringLiteral("/upload/"));
    REQUIRE(uploads.size() == 1);
    const QString file =
        QStringLiteral("/files/uploads/") + uploads.first().path().section(QLatin1Char('/'), 2);
    CHECK(fixture.server.uploadLifetimeSeconds(file) == 600);
    CHECK(fixture.server.outputLifetimeSeconds(outcome.result->requestId) == 600);
}
