#pragma once

#include <QString>

#include <optional>
#include <tuple>

namespace confab {

// One reading of a hybrid logical clock: wall milliseconds, a counter for events within one millisecond (or
// while the wall clock lags what has been seen), and the device that made it, which breaks the last ties.
// Readings order the same way on every device, and their text form sorts the same as the readings.
struct HlcStamp
{
    qint64 wallMs = 0;
    int counter = 0;
    QString device;

    QString toString() const;
    static std::optional<HlcStamp> parse(const QString &text);
    bool isNull() const { return wallMs == 0 && counter == 0 && device.isEmpty(); }

    bool operator==(const HlcStamp &) const = default;
    friend bool operator<(const HlcStamp &a, const HlcStamp &b)
    {
        return std::tie(a.wallMs, a.counter, a.device) < std::tie(b.wallMs, b.counter, b.device);
    }
};

// A device's hybrid logical clock. A stamp is never below anything this device stamped or has seen, so an
// edit made after seeing another device's edit wins over it even when this device's wall clock is hours
// behind.
class HybridClock
{
public:
    explicit HybridClock(QString device, HlcStamp last = {});

    // The stamp for a local event that happened at `physicalMs` on this device's wall clock.
    HlcStamp stamp(qint64 physicalMs);
    // Takes in a stamp from another device.
    void observe(const HlcStamp &remote);

    const HlcStamp &last() const { return m_last; }
    const QString &device() const { return m_device; }

private:
    QString m_device;
    HlcStamp m_last;
};

} // namespace confab
