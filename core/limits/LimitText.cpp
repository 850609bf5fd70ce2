#include "limits/LimitText.h"

#include "common/Translations.h"

namespace confab {

QString formatUsd(double amount)
{
    return displayLocale().toCurrencyString(amount, QStringLiteral("$"), 2);
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
