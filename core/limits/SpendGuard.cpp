#include "limits/SpendGuard.h"

#include "limits/LimitText.h"

#include <cmath>

namespace confab {

namespace {
constexpr double warnFraction = 0.8;
// Costs are sums of small doubles; a cent's millionth of slack keeps "exactly at the cap" from flickering.
constexpr double epsilonUsd = 1e-9;

struct Period
{
    const char *capName;   // "Daily"
    const char *capInText; // "daily"
    const char *spentWhen; // "today"
};

constexpr Period day{"Daily", "daily", "today"};
constexpr Period month{"Monthly", "monthly", "this month"};

struct PeriodCheck
{
    SpendCheck result;
    double usedFraction = 0;
};

const QString raiseHint = QStringLiteral(" Raise it in Settings → Limits.");

PeriodCheck checkPeriod(const Period &period, double cap, double spent, double estimate)
{
    PeriodCheck check;
    if (cap <= 0)
        return check;
    check.usedFraction = spent / cap;
    const QString spentText =
        formatUsd(spent) + QStringLiteral(" spent ") + QString::fromLatin1(period.spentWhen);
    if (spent >= cap - epsilonUsd) {
        check.result = {SpendVerdict::Refuse, QString::fromLatin1(period.capName) +
                                                  QStringLiteral(" spending cap of ") + formatUsd(cap) +
                                                  QStringLiteral(" reached (") + spentText +
                                                  QStringLiteral(").") + raiseHint};
    } else if (estimate > 0 && spent + estimate > cap + epsilonUsd) {
        check.result = {SpendVerdict::Refuse,
                        QStringLiteral("This request (about ") + formatUsd(estimate) +
                            QStringLiteral(") would go over your ") + QString::fromLatin1(period.capInText) +
                            QStringLiteral(" spending cap of ") + formatUsd(cap) + QStringLiteral(" (") +
                            spentText + QStringLiteral(").") + raiseHint};
    } else if (spent >= cap * warnFraction - epsilonUsd) {
        const int percent = static_cast<int>(std::floor(check.usedFraction * 100 + epsilonUsd));
        check.result = {SpendVerdict::Warn,
                        QStringLiteral("You have used ") + QString::number(percent) +
                            QStringLiteral(" % of your ") + QString::fromLatin1(period.capInText) +
                            QStringLiteral(" cap of ") + formatUsd(cap) + QLatin1Char('.')};
    }
    return check;
}

// A refusal beats a warning. Between two refusals the monthly one is named, since raising the daily cap
// would not help; between two warnings the one nearer its cap.
const PeriodCheck &worse(const PeriodCheck &monthly, const PeriodCheck &daily)
{
    if (monthly.result.verdict != daily.result.verdict)
        return monthly.result.verdict > daily.result.verdict ? monthly : daily;
    if (monthly.result.verdict == SpendVerdict::Warn && daily.usedFraction > monthly.usedFraction)
        return daily;
    return monthly;
}
} // namespace

SpendGuard::SpendGuard(SpendSince spendSince, Clock clock)
    : m_spendSince(std::move(spendSince))
    , m_clock(clock ? std::move(clock) : Clock(&QDateTime::currentDateTime))
{}

QDateTime SpendGuard::startOfDay(const QDateTime &now)
{
    return now.toLocalTime().date().startOfDay();
}

QDateTime SpendGuard::startOfMonth(const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    return QDate(today.year(), today.month(), 1).startOfDay();
}

SpendCheck SpendGuard::check(const SpendCaps &caps, double estimatedCostUsd) const
{
    const QDateTime now = m_clock();
    PeriodCheck daily;
    PeriodCheck monthly;
    if (caps.dailyUsd > 0)
        daily = checkPeriod(day, caps.dailyUsd, m_spendSince(startOfDay(now)), estimatedCostUsd);
    if (caps.monthlyUsd > 0)
        monthly = checkPeriod(month, caps.monthlyUsd, m_spendSince(startOfMonth(now)), estimatedCostUsd);
    return worse(monthly, daily).result;
}

} // namespace confab
