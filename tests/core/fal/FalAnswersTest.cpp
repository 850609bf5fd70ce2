#include "ImageBomb.h"
#include "catch.h"
#include "fal/FalImageDecoder.h"
#include "fal/FalQueueAnswers.h"

#include <QBuffer>
#include <QImage>

using namespace confab;

TEST_CASE("An image fal.ai sends whose header claims too many pixels is refused before decoding")
{
    const QByteArray bomb = testserver::pngBomb(50000, 50000);
    const FalDecodedImage fromFile = FalImageDecoder::fromBytes(bomb, 10 * 1024 * 1024);
    CHECK(fromFile.error ==
          QStringLiteral(
              "The image fal.ai sent is 50000 × 50000 pixels; Confab opens images up to 64 megapixels."));
    CHECK(fromFile.image.bytes.isEmpty());

    const FalDecodedImage inlined =
        FalImageDecoder::fromDataUri("data:image/png;base64," + bomb.toBase64(), 10 * 1024 * 1024);
    CHECK(inlined.error == fromFile.error);
}

TEST_CASE("A status body is read into its state, queue position, new log lines and metrics")
{
    const auto body = FalQueueAnswers::parseObject(
        R"({"status":"COMPLETED","queue_position":3,"logs":[{"message":"step 1","timestamp":"t1"},)"
        R"({"message":""},{"timestamp":"t2"},7],"metrics":{"inference_time":2.5},"error":"OOM"})");
    REQUIRE(body);
    const FalStatusAnswer status = FalQueueAnswers::readStatus(*body);
    CHECK(status.state == QStringLiteral("COMPLETED"));
    CHECK(status.queuePosition == 3);
    REQUIRE(status.logs.size() == 1);
    CHECK(status.logs.first().message == QStringLiteral("step 1"));
    CHECK(status.inferenceSeconds == 2.5);
    CHECK(status.hasError);

    CHECK_FALSE(FalQueueAnswers::parseObject("[1,2]"));
    CHECK_FALSE(FalQueueAnswers::parseObject("{\"status\":"));
}

TEST_CASE("A result's seed is kept when it is an integer and dropped when it is out of range")
{
    const auto normal = FalQueueAnswers::parseObject(R"({"images":[{"url":"https://x/a.png"}],"seed":42})");
    REQUIRE(normal);
    const FalResultAnswer result = FalQueueAnswers::readResult(*normal);
    CHECK(result.seed == 42);
    REQUIRE(result.images.size() == 1);
    CHECK_FALSE(result.images.first().blocked);

    // fuzz_fal_response under UBSan reports this input: converting 1e300 to qint64 was undefined behaviour.
    const auto huge = FalQueueAnswers::parseObject(R"({"images":[],"seed":1e300})");
    REQUIRE(huge);
    CHECK_FALSE(FalQueueAnswers::readResult(*huge).seed.has_value());
}

TEST_CASE("A submit answer with a queue position but no status reads as queued")
{
    // The submit answer as fal's Queue docs print it: request_id, the three URLs and, at most, the position.
    const QJsonObject submit{{QStringLiteral("request_id"), QStringLiteral("r-1")},
                             {QStringLiteral("queue_position"), 3}};
    const FalStatusAnswer answer = FalQueueAnswers::readStatus(submit);
    CHECK(answer.state == QStringLiteral("IN_QUEUE"));
    CHECK(answer.queuePosition == 3);
    CHECK(FalQueueAnswers::readStatus(QJsonObject{}).state.isEmpty());
}
