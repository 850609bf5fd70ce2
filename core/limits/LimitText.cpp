#include "limits/LimitText.h"

#include "common/Translations.h"

namespace confab {

QString formatUsd(double amount, int decimals)
{
    // The system locale of Windows and macOS formats money with the system's own number of decimals and
    // ignores the one asked for ($0.011 would read $0.01); a locale of the same name formats from Qt's data.
    return QLocale(displayLocale().name()).toCurrencyString(amount, QStringLiteral("$"), decimals);
}

QString formatCount(qint64 count)
{
    return displayLocale().toString(count);
}

QString formatWaitSeconds(qint64 milliseconds)
{
    const qint64 seconds = (std::max<qint64>(milliseconds, 1) + 999) / 1000;
    return displayLocale().toString(seconds) + QStringLiteral(" s");
}

} // namespace confab
