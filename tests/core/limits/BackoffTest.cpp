#include "limits/Backoff.h"

#include "catch.h"

#include <vector>

using confab::Backoff;
using confab::backoffDelayMs;
using confab::BackoffPolicy;

TEST_CASE("Retry waits double up to the cap, half fixed and half random")
{
    const BackoffPolicy policy{1000, 8000, 10};
    std::vector<qint64> shortest;
    std::vector<qint64> longest;
    for (int retry = 0; retry < 6; ++retry) {
        shortest.push_back(backoffDelayMs(policy, retry, 0.0));
        longest.push_back(backoffDelayMs(policy, retry, 1.0));
    }
    CHECK(shortest == std::vector<qint64>{500, 1000, 2000, 4000, 4000, 4000});
    CHECK(longest == std::vector<qint64>{1000, 2000, 4000, 8000, 8000, 8000});
    CHECK(backoffDelayMs(policy, 2, 0.5) == 3000);
}

TEST_CASE("A very late retry does not overflow")
{
    CHECK(backoffDelayMs(BackoffPolicy{1000, 30000, 100}, 90, 1.0) == 30000);
}

TEST_CASE("Retries stop once the allowed number is used up")
{
    Backoff backoff(BackoffPolicy{1000, 30000, 3}, [] { return 0.0; });
    CHECK(backoff.nextDelayMs() == 500);
    CHECK(backoff.nextDelayMs() == 1000);
    CHECK(backoff.nextDelayMs() == 2000);
    CHECK_FALSE(backoff.nextDelayMs().has_value());
    CHECK(backoff.retriesUsed() == 3);
    backoff.reset();
    CHECK(backoff.nextDelayMs() == 500);
}

TEST_CASE("A retry waits at least as long as the server asked")
{
    Backoff backoff(BackoffPolicy{1000, 30000, 3}, [] { return 0.0; });
    CHECK(backoff.nextDelayMs(12'000) == 12'000);
    CHECK(backoff.nextDelayMs(10) == 1000);
}

TEST_CASE("Without a fixed random source the waits still stay within their bounds")
{
    Backoff backoff(BackoffPolicy{1000, 30000, 5});
    const std::vector<std::pair<qint64, qint64>> bounds{{500, 1000}, {1000, 2000}, {2000, 4000}};
    for (const auto &[low, high] : bounds) {
        const auto delay = backoff.nextDelayMs();
        REQUIRE(delay.has_value());
        CHECK(*delay >= low);
        CHECK(*delay <= high);
    }
}
