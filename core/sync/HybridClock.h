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
// behind. Only within a bound, though: a stamp further ahead of this device's wall clock than MaxDriftMs
// comes from a clock that lies (a device set to 2100) and would otherwise drag every later edit here decades
// ahead, so that no honest edit could win again. Such a stamp does not move the clock, and a clock that was
// dragged before (or whose own wall clock was wrong and has been corrected) starts again from its wall clock.
class HybridClock
{
public:
    static constexpr qint64 MaxDriftMs = 3600 * 1000;

    explicit HybridClock(QString device, HlcStamp last = {});

    // The stamp for a local event that happened at `physicalMs` on this device's wall clock.
    HlcStamp stamp(qint64 physicalMs);
    // Takes in a stamp from another device, seen when this device's wall clock says `nowMs`. False when the
    // stamp is beyond the bound and so left the clock alone.
    bool observe(const HlcStamp &remote, qint64 nowMs);
    static bool trusted(const HlcStamp &stamp, qint64 nowMs) { return stamp.wallMs <= nowMs + MaxDriftMs; }

    const HlcStamp &last() const { return m_last; }
    const QString &device() const { return m_device; }

    // The text an applied remote stamp is kept and compared under (sync_clock): a stamp beyond the bound
    // gets a '!' in front, which sorts below every digit, so the change it carries applies where nothing
    // else is stamped yet but never wins over an honest edit. A stamp kept before this rule existed is
    // judged again when it is read.
    static QString rank(const HlcStamp &stamp, qint64 nowMs);
    static QString rankOfKept(const QString &kept, qint64 nowMs);

private:
    QString m_device;
    HlcStamp m_last;
};

} // namespace confab
