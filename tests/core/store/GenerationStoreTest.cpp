#include "TestStore.h"
#include "catch.h"

using namespace confab;

namespace {

qint64 call(test::TestStore &fixture, const QString &model, const QDateTime &at, GenerationStatus status,
            qint64 totalMs, double cost)
{
    Generation generation;
    generation.kind = GenerationKind::Chat;
    generation.provider = QStringLiteral("openrouter");
    generation.model = model;
    generation.startedAt = at;
    const qint64 id = fixture->generations()->start(generation).value();
    GenerationOutcome outcome;
    outcome.status = status;
    outcome.totalMs = totalMs;
    outcome.costUsd = cost;
    REQUIRE(fixture->generations()->finish(id, outcome));
    return id;
}

} // namespace

TEST_CASE("A provider call is logged when it starts and completed when it ends")
{
    test::TestStore fixture;
    const Session session = fixture.newSession();
    const Message answer = fixture.addMessage(session.id, MessageRole::Assistant, {}, MessageStatus::Pending);

    Generation generation;
    generation.messageId = answer.id;
    generation.kind = GenerationKind::TextToImage;
    generation.provider = QStringLiteral("fal");
    generation.model = QStringLiteral("fal-ai/flux-pro/v1.1-ultra");
    const qint64 id = fixture->generations()->start(generation).value();
    const Generation running = fixture->generations()->get(id).value();
    CHECK(running.status == GenerationStatus::Running);
    CHECK(running.startedAt.isValid());
    CHECK_FALSE(running.totalMs.has_value());

    GenerationOutcome outcome;
    outcome.requestId = QStringLiteral("req-123");
    outcome.firstByteMs = 800;
    outcome.totalMs = 9000;
    outcome.images = 2;
    outcome.costUsd = 0.12;
    REQUIRE(fixture->generations()->finish(id, outcome));
    const Generation done = fixture->generations()->get(id).value();
    CHECK(done.status == GenerationStatus::Succeeded);
    CHECK(done.requestId == QStringLiteral("req-123"));
    CHECK(done.firstByteMs == 800);
    CHECK(done.totalMs == 9000);
    CHECK(done.images == 2);
    CHECK(test::near(done.costUsd.value_or(0), 0.12));
    CHECK(done.kind == GenerationKind::TextToImage);
    CHECK(fixture->generations()->forMessage(answer.id).size() == 1);
}

TEST_CASE("Spending since a moment adds up the cost of the calls after it")
{
    test::TestStore fixture;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    call(fixture, QStringLiteral("a"), now.addDays(-40), GenerationStatus::Succeeded, 100, 5.0);
    call(fixture, QStringLiteral("a"), now.addDays(-2), GenerationStatus::Succeeded, 100, 1.5);
    call(fixture, QStringLiteral("b"), now.addSecs(-60), GenerationStatus::Failed, 100, 0.25);
    CHECK(test::near(fixture->generations()->costSince(now.addDays(-30)), 1.75));
    CHECK(test::near(fixture->generations()->costSince(now.addDays(-1)), 0.25));
    CHECK(fixture->generations()->requestsSince(now.addSecs(-120)) == 1);
    CHECK(fixture->generations()->costSince(now.addSecs(60)) == 0.0);
}

TEST_CASE("Latency counts successful requests only: timeouts and stops would skew it")
{
    test::TestStore fixture;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    call(fixture, QStringLiteral("flaky"), now.addSecs(-3), GenerationStatus::Succeeded, 120, 0.01);
    call(fixture, QStringLiteral("flaky"), now.addSecs(-2), GenerationStatus::Failed, 30000, 0.0);
    call(fixture, QStringLiteral("flaky"), now.addSecs(-1), GenerationStatus::Cancelled, 45000, 0.0);

    const QList<ModelUsage> usage = fixture->generations()->usageByModel(now.addDays(-1));
    REQUIRE(usage.size() == 1);
    CHECK(usage.first().requests == 3);
    CHECK(usage.first().succeeded == 1);
    CHECK(usage.first().medianMs == 120);
    CHECK(usage.first().p95Ms == 120);
}

TEST_CASE("Usage per model reports requests, success rate, latency and spend")
{
    test::TestStore fixture;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 1; i <= 20; ++i)
        call(fixture, QStringLiteral("fast"), now.addSecs(-i),
             i == 20 ? GenerationStatus::Failed : GenerationStatus::Succeeded, i * 100, 0.01);
    call(fixture, QStringLiteral("slow"), now.addSecs(-5), GenerationStatus::Succeeded, 30000, 0.5);

    const QList<ModelUsage> usage = fixture->generations()->usageByModel(now.addDays(-1));
    REQUIRE(usage.size() == 2);
    const ModelUsage &fast = usage.at(0);
    CHECK(fast.model == QStringLiteral("fast"));
    CHECK(fast.requests == 20);
    CHECK(fast.succeeded == 19);
    CHECK(test::near(fast.successRate, 0.95));
    CHECK(fast.medianMs == 1000);
    CHECK(fast.p95Ms == 1900);
    CHECK(test::near(fast.spendUsd, 0.2));
    CHECK(usage.at(1).medianMs == 30000);

    const QList<DailySpend> days = fixture->generations()->spendPerDay(now.addDays(-1));
    double total = 0;
    int requests = 0;
    for (const DailySpend &day : days) {
        total += day.spendUsd;
        requests += day.requests;
    }
    CHECK(test::near(total, 0.7));
    CHECK(requests == 21);
}
