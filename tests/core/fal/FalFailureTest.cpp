#include "FalTestSupport.h"
#include "Wait.h"
#include "catch.h"

using namespace confab;
using namespace confab::test;
using Kind = FalError::Kind;

namespace {

QString jobPath(const FalOutcome &outcome)
{
    return QStringLiteral("/fal-ai/flux-pro/requests/") + outcome.requestId;
}

} // namespace

TEST_CASE("A job that completes with an error is reported as failed, not as done")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.runScenario(QStringLiteral("completed-error")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.finalSignals == 1);
    CHECK(outcome.error->kind == Kind::Server);
    CHECK(outcome.error->message == QStringLiteral("fal.ai could not finish the image: Runner disconnected"));
    CHECK(outcome.error->falErrorType == QStringLiteral("runner_disconnected"));
    // The result is never asked for: COMPLETED with an error has none.
    const auto reads = fixture.server.requestsTo("GET", jobPath(outcome));
    CHECK(reads.size() ==
          fixture.server.requestsTo("GET", jobPath(outcome) + QStringLiteral("/status")).size());
}

TEST_CASE("A validation error behind COMPLETED shows fal's own message")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.runScenario(QStringLiteral("validation-error")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == Kind::Validation);
    CHECK(outcome.error->httpStatus == 422);
    CHECK(outcome.error->message == QStringLiteral("Image size is too large: the maximum is 1024x1024."));
    CHECK(outcome.error->falErrorType == QStringLiteral("image_too_large"));
}

TEST_CASE("A prompt flagged by the content checker is reported as a content policy refusal")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.runScenario(QStringLiteral("content-policy")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == Kind::ContentPolicy);
    CHECK(outcome.error->message == QStringLiteral("The content was flagged by a content checker."));
}

TEST_CASE("A server error from the result URL becomes a clear error")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.runScenario(QStringLiteral("result-server-error")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == Kind::Server);
    CHECK(outcome.error->httpStatus == 500);
    CHECK(outcome.error->message.contains(QStringLiteral("Runner crashed while generating")));
    CHECK(outcome.error->falErrorType == QStringLiteral("runner_server_error"));
}

TEST_CASE("A result that is gone is reported as expired")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.runScenario(QStringLiteral("result-expired")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == Kind::ResultExpired);
    CHECK(outcome.error->message.contains(QStringLiteral("no longer available")));
}

TEST_CASE("A user-timeout 504 is reported as a timeout and never retried")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.runScenario(QStringLiteral("user-timeout")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == Kind::Timeout);
    CHECK(outcome.error->httpStatus == 504);
    const int statusReads =
        int(fixture.server.requestsTo("GET", jobPath(outcome) + QStringLiteral("/")).size());
    CHECK(fixture.server.requestsTo("GET", jobPath(outcome)).size() == statusReads + 1);
}

TEST_CASE("A rejected key says so and the message never contains the key")
{
    FalFixture fixture;
    const QString secret = QStringLiteral("wrong-secret-key-987654");
    fixture.client.setApiKey(secret);
    FalOutcome outcome(fixture.generate(QStringLiteral("a kite")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == Kind::Auth);
    CHECK(outcome.error->httpStatus == 401);
    CHECK(outcome.error->message ==
          QStringLiteral(
              "fal key rejected (HTTP 401): Authentication failed: invalid key. Check the fal.ai key in "
              "Settings."));
    CHECK_FALSE(outcome.error->message.contains(secret));
    CHECK(fixture.server.requestsTo("POST", QStringLiteral("/")).size() == 1);
}

TEST_CASE("A locked fal account shows fal's own reason instead of a rejected key")
{
    FalFixture fixture;
    // The body fal sends for an account out of money (fal-ai/fal issues #1147, #1112).
    const QString reason = QStringLiteral(
        "User is locked. Reason: Exhausted balance. Top up your balance at fal.ai/dashboard/billing.");
    fixture.server.setLockReason(reason);
    FalOutcome outcome(fixture.generate(QStringLiteral("a kite")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == Kind::Auth);
    CHECK(outcome.error->httpStatus == 403);
    CHECK(outcome.error->message == QStringLiteral("fal.ai refused the request (HTTP 403): ") + reason);
    CHECK_FALSE(outcome.error->message.contains(QStringLiteral("key rejected")));
}

TEST_CASE("fal's words in an error are cut to a readable length")
{
    FalHttpResponse response;
    response.status = 403;
    response.body = R"({"detail":")" + QByteArray(5000, 'x') + R"("})";
    const FalError error = FalErrors::fromResponse(response, FalErrors::Phase::Submit);
    CHECK(error.message.size() < 500);
    CHECK(error.message.endsWith(QChar(0x2026)));
}

TEST_CASE("A rate-limited submit is retried and the job then succeeds")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.runScenario(QStringLiteral("rate-limited")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    CHECK(fixture.server.requestsTo("POST", QStringLiteral("/fal-ai/flux-pro/v1.1-ultra")).size() == 2);
}

TEST_CASE("A submit rate-limited every time ends as rate limited after a bounded number of tries")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.runScenario(QStringLiteral("rate-limited-always")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == Kind::RateLimited);
    CHECK(outcome.error->httpStatus == 429);
    CHECK(fixture.server.requestsTo("POST", QStringLiteral("/fal-ai/")).size() ==
          1 + fixture.client.tuning().submitRetries);
}

TEST_CASE("A busy runner on submit is retried")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.runScenario(QStringLiteral("submit-unavailable")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    CHECK(fixture.server.requestsTo("POST", QStringLiteral("/fal-ai/")).size() == 2);
}

TEST_CASE("Status reads that fail with 500 are retried and the job still finishes")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.runScenario(QStringLiteral("status-flaky")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    CHECK(outcome.positions == QList<int>{2, 1, 0});
}

TEST_CASE("Cancel asks fal to cancel the job and reports it as cancelled")
{
    FalFixture fixture;
    testserver::FalScenario stall;
    REQUIRE(testserver::FalServer::scenarioFromName(QStringLiteral("stall"), &stall));
    fixture.server.enqueue(stall);
    FalJob *job = fixture.generate(QStringLiteral("an endless staircase"));
    QPointer<FalJob> guard(job);
    FalOutcome outcome(job);
    REQUIRE(waitUntil([&] { return outcome.logLines.size() == 2; }));
    const QString id = job->requestId();
    job->cancel();
    CHECK(outcome.finalSignals == 1);
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == Kind::Cancelled);
    REQUIRE(waitUntil([&] { return fixture.server.wasCancelled(id); }));
    CHECK(
        fixture.server
            .requestsTo("PUT", QStringLiteral("/fal-ai/flux-pro/requests/") + id + QStringLiteral("/cancel"))
            .size() == 1);
    CHECK(waitUntil([&] { return guard.isNull(); }));
    CHECK(outcome.finalSignals == 1);
}

TEST_CASE("A job that never finishes times out and is cancelled at fal")
{
    FalFixture fixture;
    fixture.setTuning([](FalTuning &tuning) { tuning.jobTimeoutMs = 200; });
    FalOutcome outcome(fixture.runScenario(QStringLiteral("stall")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == Kind::Timeout);
    REQUIRE(waitUntil([&] { return fixture.server.wasCancelled(outcome.requestId); }));
}

TEST_CASE("An image that is not a picture is refused")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.runScenario(QStringLiteral("corrupt-image")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == Kind::Server);
    CHECK(outcome.error->message.contains(QStringLiteral("cannot be read")));
}

TEST_CASE("An image over the size cap is refused")
{
    FalFixture fixture;
    fixture.setTuning([](FalTuning &tuning) { tuning.maxImageBytes = 200; });
    FalOutcome outcome(fixture.generate(QStringLiteral("a detailed map")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == Kind::Server);
    CHECK(outcome.error->message.contains(QStringLiteral("larger than")));
}

TEST_CASE("An unreachable fal is reported as a network error")
{
    FalFixture fixture;
    QUrl closed;
    {
        testserver::FalServer gone;
        REQUIRE(gone.listen());
        closed = gone.baseUrl();
    }
    fixture.client.setQueueBaseUrl(closed);
    FalOutcome outcome(fixture.generate(QStringLiteral("a lost letter")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == Kind::Network);
    CHECK(outcome.error->message.startsWith(QStringLiteral("Could not reach fal.ai")));
}

TEST_CASE("Invalid options are refused with a reason before anything is sent")
{
    FalFixture fixture;
    FluxUltraOptions tooMany;
    tooMany.prompt = QStringLiteral("five cats");
    tooMany.numImages = 5;
    FalOutcome first(fixture.client.generate(tooMany));
    REQUIRE(first.waitForEnd());
    REQUIRE(first.error);
    CHECK(first.error->kind == Kind::Validation);
    CHECK(first.error->message.contains(QStringLiteral("between 1 and 4")));

    FluxUltraOptions empty;
    FalOutcome second(fixture.client.generate(empty));
    REQUIRE(second.waitForEnd());
    REQUIRE(second.error);
    CHECK(second.error->message.contains(QStringLiteral("prompt")));

    FluxUltraOptions badRatio;
    badRatio.prompt = QStringLiteral("wide");
    badRatio.aspectRatio = QStringLiteral("5:1");
    FalOutcome third(fixture.client.generate(badRatio));
    REQUIRE(third.waitForEnd());
    REQUIRE(third.error);
    CHECK(third.error->message.contains(QStringLiteral("5:1")));

    ImageEditOptions noImage;
    noImage.prompt = QStringLiteral("make it blue");
    FalOutcome fourth(fixture.client.edit(noImage));
    REQUIRE(fourth.waitForEnd());
    REQUIRE(fourth.error);
    CHECK(fourth.error->kind == Kind::Validation);
    CHECK(fourth.error->message == QStringLiteral("Add at least one image to edit."));

    CHECK(fixture.server.requests().isEmpty());
}

TEST_CASE("A status read that never answers is given up on and retried")
{
    FalFixture fixture;
    fixture.setTuning([](FalTuning &tuning) { tuning.requestTimeoutMs = 150; });
    FalOutcome outcome(fixture.runScenario(QStringLiteral("status-silent")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.result);
    CHECK(outcome.result->images.size() == 1);
}

TEST_CASE("A submit that never answers ends as a timeout")
{
    testserver::RawHttpServer silent;
    REQUIRE(silent.listen());
    silent.setHandler([](const testserver::HttpRequest &, testserver::HttpExchange *) {});
    FalFixture fixture;
    fixture.client.setQueueBaseUrl(silent.baseUrl());
    fixture.setTuning([](FalTuning &tuning) { tuning.requestTimeoutMs = 150; });
    FalOutcome outcome(fixture.generate(QStringLiteral("a silent film")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == Kind::Timeout);
    CHECK(silent.requests().size() == 1);
}

TEST_CASE("Without a fal key nothing is sent and the user is told to add one")
{
    FalFixture fixture;
    fixture.client.setApiKey({});
    FalOutcome outcome(fixture.generate(QStringLiteral("a locked door")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == Kind::Auth);
    CHECK(outcome.error->message.contains(QStringLiteral("No fal.ai key")));
    CHECK(fixture.server.requests().isEmpty());
}
