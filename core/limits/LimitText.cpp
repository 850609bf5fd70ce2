#include "limits/LimitText.h"

#include <QLocale>

namespace confab {

namespace {
const QLocale &messageLocale()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}
} // namespace

QString formatUsd(double amount)
{
    return QStringLiteral("$") + messageLocale().toString(amount, 'f', 2);
}

QString formatCount(qint64 count)
{
    return messageLocale().toString(count);
}

QString formatWaitSeconds(qint64 milliseconds)
{
    const qint64 seconds = (std::max<qint64>(milliseconds, 1) + 999) / 1000;
    return QString::number(seconds) + QStringLiteral(" s");
}

} // namespace confab
