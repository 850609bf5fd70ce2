#include "limits/RateLimiter.h"

#include "limits/LimitText.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace confab {

namespace {
constexpr qint64 windowMs = 60 * 1000;
// A server asking for more than a day is misbehaving; don't lock the user out longer than that.
constexpr qint64 longestRetryAfterSeconds = 24 * 60 * 60;

qint64 steadyNowMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return timer.elapsed();
}
} // namespace

RateLimiter::RateLimiter(int requestsPerMinute, Clock clock)
    : m_perMinute(std::max(0, requestsPerMinute))
    , m_clock(clock ? std::move(clock) : Clock(&steadyNowMs))
{}

void RateLimiter::setRequestsPerMinute(int requestsPerMinute)
{
    m_perMinute = std::max(0, requestsPerMinute);
}

RateDecision RateLimiter::tryAcquire()
{
    const qint64 now = m_clock();
    if (now < m_blockedUntil) {
        const qint64 wait = m_blockedUntil - now;
        return {false, wait,
                QCoreApplication::translate("RateLimiter",
                                            "The server asked Confab to slow down. Sending again is possible "
                                            "in %1.")
                    .arg(formatWaitSeconds(wait))};
    }
    forgetOlderThanAMinute(now);
    if (m_perMinute > 0 && m_sent.size() >= static_cast<std::size_t>(m_perMinute)) {
        // The oldest requests beyond the allowance must leave the window first.
        const qint64 freedAt = m_sent[m_sent.size() - static_cast<std::size_t>(m_perMinute)] + windowMs;
        const qint64 wait = std::max<qint64>(1, freedAt - now);
        return {
            false, wait,
            QCoreApplication::translate("RateLimiter",
                                        "You have sent %n request(s) in the last minute; the next one can "
                                        "go in %1. Change the limit in Settings → Limits.",
                                        nullptr, m_perMinute)
                .arg(formatWaitSeconds(wait))};
    }
    m_sent.push_back(now);
    return {};
}

void RateLimiter::noteRetryAfter(qint64 seconds)
{
    const qint64 clamped = std::clamp<qint64>(seconds, 0, longestRetryAfterSeconds);
    m_blockedUntil = std::max(m_blockedUntil, m_clock() + clamped * 1000);
}

qint64 RateLimiter::blockedForMs() const
{
    return std::max<qint64>(0, m_blockedUntil - m_clock());
}

void RateLimiter::forgetOlderThanAMinute(qint64 now)
{
    while (!m_sent.empty() && m_sent.front() <= now - windowMs)
        m_sent.pop_front();
}

std::optional<qint64> parseRetryAfter(const QByteArray &headerValue, const QDateTime &now)
{
    const QByteArray value = headerValue.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional<qint64>(seconds) : std::nullopt;
    QString date = QString::fromLatin1(value);
    // HTTP dates always end in "GMT", which Qt's RFC 2822 parser only takes as a numeric offset.
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    // The date is a moment not to retry before; rounding the part second up keeps the wait from ending early.
    const qint64 ms = now.msecsTo(when);
    return ms <= 0 ? 0 : (ms + 999) / 1000;
}

} // namespace confab
