#include "limits/RateLimiter.h"

#include "catch.h"

using confab::parseRetryAfter;
using confab::RateLimiter;

namespace {
struct FakeClock
{
    qint64 now = 1'000'000;
    RateLimiter::Clock function()
    {
        return [this] { return now; };
    }
};
} // namespace

TEST_CASE("Requests up to the limit go through and the next one is told how long to wait")
{
    FakeClock clock;
    RateLimiter limiter(20, clock.function());
    for (int i = 0; i < 20; ++i) {
        CHECK(limiter.tryAcquire());
        clock.now += 1000;
    }
    clock.now += 500; // 20.5 s after the first request
    const auto refused = limiter.tryAcquire();
    CHECK_FALSE(refused);
    CHECK(refused.waitMs == 39'500);
    CHECK(refused.message ==
          QStringLiteral("You have sent 20 requests in the last minute; the next one can go in "
                         "40 s. Change the limit in Settings → Limits."));
}

TEST_CASE("A slot frees up a minute after the request that took it")
{
    FakeClock clock;
    RateLimiter limiter(2, clock.function());
    CHECK(limiter.tryAcquire());
    clock.now += 10'000;
    CHECK(limiter.tryAcquire());
    CHECK_FALSE(limiter.tryAcquire());
    clock.now += 49'999;
    CHECK(limiter.tryAcquire().waitMs == 1);
    clock.now += 1;
    CHECK(limiter.tryAcquire());
    CHECK_FALSE(limiter.tryAcquire());
}

TEST_CASE("A limit of one request a minute reads naturally")
{
    FakeClock clock;
    RateLimiter limiter(1, clock.function());
    CHECK(limiter.tryAcquire());
    CHECK(limiter.tryAcquire().message.startsWith(
        QStringLiteral("You have sent 1 request in the last minute;")));
}

TEST_CASE("A limit of zero lets every request through")
{
    FakeClock clock;
    RateLimiter limiter(0, clock.function());
    for (int i = 0; i < 1000; ++i)
        REQUIRE(limiter.tryAcquire());
}

TEST_CASE("Lowering the limit applies to requests already sent")
{
    FakeClock clock;
    RateLimiter limiter(10, clock.function());
    for (int i = 0; i < 5; ++i)
        REQUIRE(limiter.tryAcquire());
    limiter.setRequestsPerMinute(3);
    CHECK(limiter.requestsPerMinute() == 3);
    CHECK_FALSE(limiter.tryAcquire());
}

TEST_CASE("A server's Retry-After holds every request until it has passed")
{
    FakeClock clock;
    RateLimiter limiter(20, clock.function());
    limiter.noteRetryAfter(30);
    CHECK(limiter.blockedForMs() == 30'000);
    const auto refused = limiter.tryAcquire();
    CHECK_FALSE(refused);
    CHECK(refused.waitMs == 30'000);
    CHECK(refused.message ==
          QStringLiteral("The server asked Confab to slow down. Sending again is possible in 30 s."));
    clock.now += 29'001;
    CHECK(limiter.tryAcquire().message.endsWith(QStringLiteral("possible in 1 s.")));
    clock.now += 999;
    CHECK(limiter.tryAcquire());
    CHECK(limiter.blockedForMs() == 0);
}

TEST_CASE("A shorter Retry-After never shortens a longer one already in force")
{
    FakeClock clock;
    RateLimiter limiter(20, clock.function());
    limiter.noteRetryAfter(60);
    limiter.noteRetryAfter(5);
    CHECK(limiter.blockedForMs() == 60'000);
}

TEST_CASE("Retry-After is read as seconds or as an HTTP date")
{
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0, 0), Qt::UTC);
    CHECK(parseRetryAfter("120", now) == 120);
    CHECK(parseRetryAfter(" 0 ", now) == 0);
    CHECK(parseRetryAfter("Wed, 25 Nov 2026 12:01:30 GMT", now) == 90);
    CHECK(parseRetryAfter("Wed, 25 Nov 2026 11:00:00 GMT", now) == 0);
    // A date less than a second ahead (the header has whole seconds, the clock does not) is still waited for.
    CHECK(parseRetryAfter("Wed, 25 Nov 2026 12:00:01 GMT", now.addMSecs(950)) == 1);
    CHECK_FALSE(parseRetryAfter("", now).has_value());
    CHECK_FALSE(parseRetryAfter("-5", now).has_value());
    CHECK_FALSE(parseRetryAfter("soon", now).has_value());
}
