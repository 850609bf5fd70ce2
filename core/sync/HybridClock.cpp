#include "sync/HybridClock.h"

#include <QRegularExpression>

#include <algorithm>

namespace confab {

QString HlcStamp::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 15, 10, QLatin1Char('0'))
        .arg(counter, 6, 10, QLatin1Char('0'))
        .arg(device);
}

std::optional<HlcStamp> HlcStamp::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{15})-(\\d{6})-([0-9a-f]{1,64})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return HlcStamp{match.captured(1).toLongLong(), match.captured(2).toInt(), match.captured(3)};
}

HybridClock::HybridClock(QString device, HlcStamp last)
    : m_device(std::move(device))
    , m_last(std::move(last))
{}

HlcStamp HybridClock::stamp(qint64 physicalMs)
{
    if (physicalMs > m_last.wallMs || !trusted(m_last, physicalMs)) {
        m_last.wallMs = physicalMs;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    m_last.device = m_device;
    return m_last;
}

bool HybridClock::observe(const HlcStamp &remote, qint64 nowMs)
{
    if (!trusted(remote, nowMs))
        return false;
    if (remote.wallMs > m_last.wallMs) {
        m_last.wallMs = remote.wallMs;
        m_last.counter = remote.counter;
    } else if (remote.wallMs == m_last.wallMs) {
        m_last.counter = std::max(m_last.counter, remote.counter);
    }
    return true;
}

QString HybridClock::rank(const HlcStamp &stamp, qint64 nowMs)
{
    return trusted(stamp, nowMs) ? stamp.toString() : QLatin1Char('!') + stamp.toString();
}

QString HybridClock::rankOfKept(const QString &kept, qint64 nowMs)
{
    const auto stamp = HlcStamp::parse(kept);
    return stamp ? rank(*stamp, nowMs) : kept;
}

} // namespace confab
