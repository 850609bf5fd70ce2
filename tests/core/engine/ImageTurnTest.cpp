#include "EngineHarness.h"
#include "Wait.h"
#include "catch.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>

using namespace confab;
using confab::test::EngineHarness;
using confab::test::waitUntil;

namespace {
testserver::FalScenario falScenario(const QString &name)
{
    testserver::FalScenario s;
    REQUIRE(testserver::FalScenario::fromName(name, &s));
    return s;
}

TurnRequest imageRequest(GenerationMode mode, const QString &prompt, qint64 sessionId = 0)
{
    TurnRequest request;
    request.mode = mode;
    request.prompt = prompt;
    request.sessionId = sessionId;
    return request;
}

QString storeTestImage(Store &store, const QColor &colour)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const StoredImage stored = store.images()->store(png);
    REQUIRE(stored.ok());
    return stored.hash;
}

QList<MessageImage> outputs(const Message &message)
{
    QList<MessageImage> result;
    for (const MessageImage &image : message.images)
        if (image.role == ImageRole::Output)
            result << image;
    return result;
}
} // namespace

TEST_CASE("Text to image stores every image locally, shows queue progress and records the cost")
{
    EngineHarness h;
    QStringList progress;
    QObject::connect(h.store.messages(), &MessageStore::messageChanged, &h.store,
                     [&](qint64, qint64 id, MessageChanges) {
                         const QString text = h.message(id).metadata.progress;
                         if (!text.isEmpty() && !progress.contains(text))
                             progress << text;
                     });
    TurnRequest request = imageRequest(GenerationMode::TextToImage, QStringLiteral("A lighthouse at dusk"));
    request.image.count = 2;
    request.image.aspectRatio = QStringLiteral("16:9");
    const SendOutcome sent = h.sendAndWait(request);
    REQUIRE(sent.accepted);

    const Message answer = h.message(sent.assistantMessageId);
    CHECK(answer.status == MessageStatus::Completed);
    CHECK(answer.metadata.progress.isEmpty());
    const QList<MessageImage> images = outputs(answer);
    REQUIRE(images.size() == 2);
    for (const MessageImage &image : images) {
        CHECK(QFile::exists(h.store.images()->pathFor(image.hash)));
        CHECK(image.width > image.height);
    }
    CHECK(images[0].hash != images[1].hash);
    CHECK(progress.join(u'|').contains(QStringLiteral("In queue")));

    const QList<Generation> calls = h.generations(sent.assistantMessageId);
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].kind == GenerationKind::TextToImage);
    CHECK(calls[0].provider == QStringLiteral("fal"));
    CHECK(calls[0].images == 2);
    CHECK(calls[0].costUsd.value_or(0) == Approx(0.12));
    CHECK(h.store.sessions()->get(sent.sessionId)->type == SessionType::Image);
}

TEST_CASE("Image to image edits the attached image and keeps it as the question's input")
{
    EngineHarness h;
    const QString input = storeTestImage(h.store, Qt::red);
    TurnRequest request = imageRequest(GenerationMode::ImageToImage, QStringLiteral("Make it blue"));
    request.imageHashes << input;
    const SendOutcome sent = h.sendAndWait(request);
    REQUIRE(sent.accepted);

    const Message question = h.message(sent.userMessageId);
    REQUIRE(question.images.size() == 1);
    CHECK(question.images[0].hash == input);
    CHECK(question.images[0].role == ImageRole::Input);
    CHECK(question.images[0].width == 64);

    const Message answer = h.message(sent.assistantMessageId);
    CHECK(answer.status == MessageStatus::Completed);
    REQUIRE(outputs(answer).size() == 1);
    CHECK(outputs(answer)[0].hash != input);
    CHECK(h.generations(sent.assistantMessageId).value(0).kind == GenerationKind::ImageEdit);
    CHECK(h.falServer.requestsTo("POST", QStringLiteral("/fal-ai/gemini-25-flash-image/edit")).size() == 1);
}

TEST_CASE("Image to image with no image given edits the last image of the chat")
{
    EngineHarness h;
    const SendOutcome made =
        h.sendAndWait(imageRequest(GenerationMode::TextToImage, QStringLiteral("A red fox")));
    REQUIRE(made.accepted);
    const QString made0 = outputs(h.message(made.assistantMessageId)).value(0).hash;
    REQUIRE_FALSE(made0.isEmpty());

    const SendOutcome edited = h.sendAndWait(
        imageRequest(GenerationMode::ImageToImage, QStringLiteral("Add a hat"), made.sessionId));
    REQUIRE(edited.accepted);
    const Message question = h.message(edited.userMessageId);
    REQUIRE(question.images.size() == 1);
    CHECK(question.images[0].hash == made0);
    CHECK(h.message(edited.assistantMessageId).status == MessageStatus::Completed);
}

TEST_CASE("Image to image with no image anywhere is refused before anything is stored")
{
    EngineHarness h;
    const SendOutcome refused =
        h.engine.send(imageRequest(GenerationMode::ImageToImage, QStringLiteral("Make it brighter")));
    CHECK_FALSE(refused.accepted);
    CHECK(refused.message.contains(QStringLiteral("Attach an image")));
    CHECK(h.store.sessions()->list(SessionStatus::Active).isEmpty());
}

TEST_CASE("A blocked image is reported as blocked, not shown")
{
    EngineHarness h;
    h.falServer.enqueue(falScenario(QStringLiteral("nsfw")));
    const SendOutcome sent =
        h.sendAndWait(imageRequest(GenerationMode::TextToImage, QStringLiteral("Something")));
    REQUIRE(sent.accepted);
    const Message answer = h.message(sent.assistantMessageId);
    CHECK(outputs(answer).isEmpty());
    CHECK(answer.status == MessageStatus::Failed);
    CHECK(answer.metadata.error.contains(QStringLiteral("safety checker")));
}

TEST_CASE("A content policy refusal from fal is shown in the fal's own words")
{
    EngineHarness h;
    h.falServer.enqueue(falScenario(QStringLiteral("content-policy")));
    const SendOutcome sent =
        h.sendAndWait(imageRequest(GenerationMode::TextToImage, QStringLiteral("Something")));
    REQUIRE(sent.accepted);
    const Message answer = h.message(sent.assistantMessageId);
    CHECK(answer.status == MessageStatus::Failed);
    CHECK(answer.metadata.error.contains(QStringLiteral("flagged")));
    CHECK(h.generations(sent.assistantMessageId).value(0).status == GenerationStatus::Failed);
}

TEST_CASE("Stopping an image job cancels it at fal and marks the answer stopped")
{
    EngineHarness h;
    h.falServer.enqueue(falScenario(QStringLiteral("stall")));
    const SendOutcome sent =
        h.engine.send(imageRequest(GenerationMode::TextToImage, QStringLiteral("Slow one")));
    REQUIRE(sent.accepted);
    REQUIRE(waitUntil([&] {
        return !h.falServer.requestsTo("GET", QStringLiteral("/fal-ai/flux-pro/requests")).isEmpty();
    }));
    REQUIRE(h.engine.stop(sent.sessionId));
    REQUIRE(h.waitForIdle(sent.sessionId));
    CHECK(h.message(sent.assistantMessageId).status == MessageStatus::Stopped);
    CHECK(waitUntil([&] {
        return !h.falServer.requestsTo("PUT", QStringLiteral("/fal-ai/flux-pro/requests")).isEmpty();
    }));
}
