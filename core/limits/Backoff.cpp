#include "limits/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace confab {

qint64 backoffDelayMs(const BackoffPolicy &policy, int retry, double unitRandom)
{
    const qint64 base = std::max<qint64>(1, policy.baseMs);
    const qint64 cap = std::max(base, policy.maxMs);
    // Doubling stops once the cap is reached, which also keeps the shift from overflowing.
    qint64 step = base;
    for (int i = 0; i < retry && step < cap; ++i)
        step *= 2;
    step = std::min(step, cap);
    const double jitter = std::clamp(unitRandom, 0.0, 1.0);
    return step / 2 + static_cast<qint64>(jitter * static_cast<double>(step - step / 2));
}

Backoff::Backoff(BackoffPolicy policy, Random random)
    : m_policy(policy)
    , m_random(random ? std::move(random)
                      : Random([] { return QRandomGenerator::global()->generateDouble(); }))
{}

std::optional<qint64> Backoff::nextDelayMs(qint64 serverRetryAfterMs)
{
    if (m_retries >= m_policy.maxRetries)
        return std::nullopt;
    const qint64 delay = backoffDelayMs(m_policy, m_retries, m_random());
    ++m_retries;
    return std::max(delay, serverRetryAfterMs);
}

} // namespace confab
