#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <deque>
#include <functional>
#include <optional>

namespace confab {

struct RateDecision
{
    bool allowed = true;
    // How long until a request may go, when not allowed.
    qint64 waitMs = 0;
    // Empty when allowed; otherwise a sentence saying why and for how long.
    QString message;

    explicit operator bool() const { return allowed; }
};

// At most N requests in any rolling minute, and none at all while a server's Retry-After is in force.
// Not thread-safe: the engine asks it from one thread.
class RateLimiter
{
public:
    // Milliseconds on a clock that never goes backwards.
    using Clock = std::function<qint64()>;

    // 0 requests per minute means no limit.
    explicit RateLimiter(int requestsPerMinute, Clock clock = {});

    void setRequestsPerMinute(int requestsPerMinute);
    int requestsPerMinute() const { return m_perMinute; }

    // Takes a slot for a request that is about to be sent, or says how long to wait.
    RateDecision tryAcquire();
    // A server answered 429 (or 503) with Retry-After: nothing is sent until then.
    void noteRetryAfter(qint64 seconds);
    qint64 blockedForMs() const;

private:
    void forgetOlderThanAMinute(qint64 now);

    int m_perMinute = 0;
    Clock m_clock;
    std::deque<qint64> m_sent;
    qint64 m_blockedUntil = 0;
};

// Retry-After as seconds from now: either delta-seconds ("120") or an HTTP date. Empty when absent or
// unreadable.
std::optional<qint64> parseRetryAfter(const QByteArray &headerValue, const QDateTime &now);

} // namespace confab
