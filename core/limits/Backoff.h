#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>

namespace confab {

struct BackoffPolicy
{
    qint64 baseMs = 1000;
    qint64 maxMs = 30000;
    int maxRetries = 3;
};

// The wait before retry number `retry` (0 for the first): the step doubles each time up to maxMs, and half of
// it is random ("equal jitter") so clients that failed together do not all retry at the same moment.
// `unitRandom` is in [0, 1).
qint64 backoffDelayMs(const BackoffPolicy &policy, int retry, double unitRandom);

// Counts the retries of one request and hands out the waits between them.
class Backoff
{
public:
    // Returns a number in [0, 1); tests pass a fixed one.
    using Random = std::function<double()>;

    explicit Backoff(BackoffPolicy policy = {}, Random random = {});

    // The wait before the next retry, at least what the server asked for; empty once the retries are used up.
    std::optional<qint64> nextDelayMs(qint64 serverRetryAfterMs = 0);
    int retriesUsed() const { return m_retries; }
    void reset() { m_retries = 0; }

private:
    BackoffPolicy m_policy;
    Random m_random;
    int m_retries = 0;
};

} // namespace confab
