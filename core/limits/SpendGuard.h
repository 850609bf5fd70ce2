#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace confab {

// Spending caps in USD; 0 turns a cap off.
struct SpendCaps
{
    double dailyUsd = 0;
    double monthlyUsd = 0;
};

enum class SpendVerdict
{
    Allowed,
    Warn,
    Refuse,
};

struct SpendCheck
{
    SpendVerdict verdict = SpendVerdict::Allowed;
    // Empty when allowed; otherwise a sentence for the person about to send.
    QString message;
};

// Decides whether the next request may be sent under the daily and monthly caps: warned from 80 % of a cap,
// refused once a cap is reached or when the request's estimated cost would go over it. A day is the local
// calendar day and a month the local calendar month.
class SpendGuard
{
public:
    // USD spent since the given moment (the engine sums the generations table).
    using SpendSince = std::function<double(const QDateTime &since)>;
    using Clock = std::function<QDateTime()>;

    explicit SpendGuard(SpendSince spendSince, Clock clock = {});

    SpendCheck check(const SpendCaps &caps, double estimatedCostUsd = 0) const;

    static QDateTime startOfDay(const QDateTime &now);
    static QDateTime startOfMonth(const QDateTime &now);

private:
    SpendSince m_spendSince;
    Clock m_clock;
};

} // namespace confab
