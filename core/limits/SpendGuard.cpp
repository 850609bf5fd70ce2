#include "limits/SpendGuard.h"

#include "limits/LimitText.h"

#include <QCoreApplication>

#include <cmath>

namespace confab {

namespace {
constexpr double warnFraction = 0.8;
// Costs are sums of small doubles; a cent's millionth of slack keeps "exactly at the cap" from flickering.
constexpr double epsilonUsd = 1e-9;

// Whole sentences per period, so that a translation can order and inflect them as its language needs.
struct Period
{
    const char *reached;     // %1 cap, %2 spent
    const char *wouldExceed; // %1 estimate, %2 cap, %3 spent
    const char *nearing;     // %1 percent, %2 cap
};

constexpr Period day{
    QT_TRANSLATE_NOOP("SpendGuard",
                      "Daily spending cap of %1 reached (%2 spent today). Raise it in Settings → "
                      "Limits."),
    QT_TRANSLATE_NOOP("SpendGuard", "This request (about %1) would go over your daily spending cap of %2 (%3 "
                                    "spent today). Raise it in Settings → Limits."),
    QT_TRANSLATE_NOOP("SpendGuard", "You have used %1 % of your daily cap of %2.")};
constexpr Period month{
    QT_TRANSLATE_NOOP("SpendGuard", "Monthly spending cap of %1 reached (%2 spent this month). Raise it in "
                                    "Settings → Limits."),
    QT_TRANSLATE_NOOP("SpendGuard",
                      "This request (about %1) would go over your monthly spending cap of %2 (%3 "
                      "spent this month). Raise it in Settings → Limits."),
    QT_TRANSLATE_NOOP("SpendGuard", "You have used %1 % of your monthly cap of %2.")};

struct PeriodCheck
{
    SpendCheck result;
    double usedFraction = 0;
};

QString text(const char *sentence)
{
    return QCoreApplication::translate("SpendGuard", sentence);
}

PeriodCheck checkPeriod(const Period &period, double cap, double spent, double estimate)
{
    PeriodCheck check;
    if (cap <= 0)
        return check;
    check.usedFraction = spent / cap;
    if (spent >= cap - epsilonUsd) {
        check.result = {SpendVerdict::Refuse, text(period.reached).arg(formatUsd(cap), formatUsd(spent))};
    } else if (estimate > 0 && spent + estimate > cap + epsilonUsd) {
        check.result = {SpendVerdict::Refuse,
                        text(period.wouldExceed).arg(formatUsd(estimate), formatUsd(cap), formatUsd(spent))};
    } else if (spent >= cap * warnFraction - epsilonUsd) {
        const int percent = static_cast<int>(std::floor(check.usedFraction * 100 + epsilonUsd));
        check.result = {SpendVerdict::Warn, text(period.nearing).arg(formatCount(percent), formatUsd(cap))};
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
