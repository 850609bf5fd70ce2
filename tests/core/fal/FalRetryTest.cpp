// fal's retry rules, as its own clients apply them, through the one Backoff the whole app uses.
#include "FalTestSupport.h"
#include "Wait.h"
#include "catch.h"
#include "http/RawHttpServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace confab;
using namespace confab::test;
using Kind = FalError::Kind;

namespace {

int submitsOf(const FalFixture &fixture)
{
    return int(fixture.server.requestsTo("POST", QStringLiteral("/fal-ai/flux-pro/v1.1-ultra")).size());
}

// One call against a server that answers from `answers` in turn, the last one for good.
struct ScriptedCall
{
    explicit ScriptedCall(QList<std::function<void(testserver::HttpExchange *)>> answers, FalRetryRule rule,
                          const std::function<void(FalTuning &)> &tuning = {})
    {
        REQUIRE(server.listen());
        server.setHandler(
            [this, answers](const testserver::HttpRequest &, testserver::HttpExchange *exchange) {
                answers.at(std::min<qsizetype>(served++, answers.size() - 1))(exchange);
            });
        if (tuning)
            fixture.setTuning(tuning);
        call =
            fixture.client.newCall(fixture.client.apiRequest(server.baseUrl()), "GET", {}, rule, 0, nullptr);
        QObject::connect(call, &FalHttpCall::retrying, call,
                         [this](int, qint64 delayMs) { delays.append(delayMs); });
        QObject::connect(call, &FalHttpCall::done, call,
                         [this](const FalHttpResponse &answer) { response = answer; });
        call->start();
    }
    ~ScriptedCall() { delete call; }

    FalFixture fixture;
    testserver::RawHttpServer server;
    qsizetype served = 0;
    FalHttpCall *call = nullptr;
    QList<qint64> delays;
    std::optional<FalHttpResponse> response;
};

auto answer(int status, QHash<QByteArray, QByteArray> headers = {})
{
    return [status, headers](testserver::HttpExchange *exchange) {
        exchange->respondJson(status, R"({"detail":"busy"})", headers);
    };
}

} // namespace

TEST_CASE("fal calls retry 409 and 408 answers, as fal's Python client does")
{
    for (const QString &name :
         {QStringLiteral("submit-conflict"), QStringLiteral("submit-request-timeout")}) {
        FalFixture fixture;
        FalOutcome outcome(fixture.runScenario(name));
        REQUIRE(outcome.waitForEnd());
        INFO(name.toStdString());
        REQUIRE(outcome.result);
        CHECK(submitsOf(fixture) == 2);
    }
}

TEST_CASE("X-Fal-Retryable: false ends the call on an answer that would otherwise be retried")
{
    FalFixture fixture;
    FalOutcome outcome(fixture.runScenario(QStringLiteral("submit-not-retryable")));
    REQUIRE(outcome.waitForEnd());
    REQUIRE(outcome.error);
    CHECK(outcome.error->kind == Kind::Server);
    CHECK(outcome.error->httpStatus == 503);
    CHECK(submitsOf(fixture) == 1);
}

TEST_CASE("X-Fal-Retryable: true retries an answer that would otherwise be final")
{
    ScriptedCall scripted({answer(500, {{"X-Fal-Retryable", "true"}}), answer(200)}, FalRetryRule{3, false});
    REQUIRE(waitUntil([&] { return scripted.response.has_value(); }));
    CHECK(scripted.response->status == 200);
    CHECK(scripted.server.requests().size() == 2);
}

TEST_CASE("A Retry-After given as an HTTP date is waited out before the retry")
{
    FalFixture fixture;
    fixture.setTuning([](FalTuning &tuning) { tuning.retryMaxMs = 5000; });
    QElapsedTimer clock;
    clock.start();
    FalOutcome outcome(fixture.runScenario(QStringLiteral("submit-retry-at-date")));
    REQUIRE(outcome.waitForEnd(15000));
    REQUIRE(outcome.result);
    CHECK(submitsOf(fixture) == 2);
    // The date is two seconds ahead at whole-second precision: at least one second passes.
    CHECK(clock.elapsed() >= 900);
}

TEST_CASE("fal retry waits are the shared backoff's: doubling steps, half of each random")
{
    ScriptedCall low({answer(503), answer(503), answer(200)}, FalRetryRule{3, false}, [](FalTuning &tuning) {
        tuning.retryBaseMs = 40;
        tuning.retryMaxMs = 1000;
        tuning.retryRandom = [] { return 0.0; };
    });
    REQUIRE(waitUntil([&] { return low.response.has_value(); }));
    CHECK(low.response->status == 200);
    CHECK(low.delays == QList<qint64>{20, 40});

    ScriptedCall high({answer(503), answer(503), answer(200)}, FalRetryRule{3, false}, [](FalTuning &tuning) {
        tuning.retryBaseMs = 40;
        tuning.retryMaxMs = 1000;
        tuning.retryRandom = [] { return 0.999; };
    });
    REQUIRE(waitUntil([&] { return high.response.has_value(); }));
    CHECK(high.delays == QList<qint64>{39, 79});
}

TEST_CASE("A fal call gives up after its retries, with the last answer")
{
    ScriptedCall scripted({answer(429)}, FalRetryRule{2, false});
    REQUIRE(waitUntil([&] { return scripted.response.has_value(); }));
    CHECK(scripted.response->status == 429);
    CHECK(scripted.server.requests().size() == 3);
    CHECK(scripted.delays.size() == 2);
}
