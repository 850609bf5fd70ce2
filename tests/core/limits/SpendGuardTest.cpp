#include "limits/SpendGuard.h"

#include "catch.h"

#include <utility>
#include <vector>

using confab::SpendCaps;
using confab::SpendGuard;
using confab::SpendVerdict;

namespace {
// A stand-in for the generations table: what was spent, and when.
struct Ledger
{
    std::vector<std::pair<QDateTime, double>> entries;
    mutable std::vector<QDateTime> asked;

    double since(const QDateTime &start) const
    {
        asked.push_back(start);
        double total = 0;
        for (const auto &[when, cost] : entries) {
            if (when >= start)
                total += cost;
        }
        return total;
    }
};

const QDateTime now(QDate(2026, 3, 15), QTime(10, 30));

SpendGuard guardFor(const Ledger &ledger)
{
    return SpendGuard([&ledger](const QDateTime &since) { return ledger.since(since); }, [] { return now; });
}
} // namespace

TEST_CASE("Spending well under the caps is allowed without a message")
{
    Ledger ledger{{{now.addSecs(-60), 1.00}}, {}};
    const auto check = guardFor(ledger).check({5.0, 50.0}, 0.06);
    CHECK(check.verdict == SpendVerdict::Allowed);
    CHECK(check.message.isEmpty());
}

TEST_CASE("From 80 % of the daily cap the user is warned")
{
    Ledger ledger{{{now.addSecs(-3600), 4.15}}, {}};
    const auto check = guardFor(ledger).check({5.0, 0}, 0);
    CHECK(check.verdict == SpendVerdict::Warn);
    CHECK(check.message == QStringLiteral("You have used 83 % of your daily cap of $5.00."));
}

TEST_CASE("At the daily cap sending is refused with the cap and where to raise it")
{
    Ledger ledger{{{now.addSecs(-3600), 3.00}, {now.addSecs(-60), 2.02}}, {}};
    const auto check = guardFor(ledger).check({5.0, 0}, 0);
    CHECK(check.verdict == SpendVerdict::Refuse);
    CHECK(check.message ==
          QStringLiteral(
              "Daily spending cap of $5.00 reached ($5.02 spent today). Raise it in Settings → Limits."));
}

TEST_CASE("A request whose estimated cost would go over the cap is refused")
{
    Ledger ledger{{{now.addSecs(-60), 4.98}}, {}};
    const auto check = guardFor(ledger).check({5.0, 0}, 0.06);
    CHECK(check.verdict == SpendVerdict::Refuse);
    CHECK(check.message ==
          QStringLiteral("This request (about $0.06) would go over your daily spending cap of $5.00 "
                         "($4.98 spent today). Raise it in Settings → Limits."));
}

TEST_CASE("A request that lands exactly on the cap is still allowed")
{
    Ledger ledger{{{now.addSecs(-60), 3.94}}, {}};
    CHECK(guardFor(ledger).check({10.0, 0}, 6.06).verdict == SpendVerdict::Allowed);
}

TEST_CASE("Yesterday's spending counts toward the month but not toward today")
{
    const QDateTime lateYesterday(QDate(2026, 3, 14), QTime(23, 59, 59));
    Ledger ledger{{{lateYesterday, 9.00}, {now.addSecs(-60), 1.00}}, {}};
    const auto guard = guardFor(ledger);
    CHECK(guard.check({5.0, 0}, 0).verdict == SpendVerdict::Allowed);
    const auto monthly = guard.check({0, 12.0}, 0);
    CHECK(monthly.verdict == SpendVerdict::Warn);
    CHECK(monthly.message == QStringLiteral("You have used 83 % of your monthly cap of $12.00."));
}

TEST_CASE("Days start at local midnight and months on the first")
{
    Ledger ledger;
    guardFor(ledger).check({5.0, 50.0}, 0);
    REQUIRE(ledger.asked.size() == 2);
    CHECK(ledger.asked[0] == QDateTime(QDate(2026, 3, 15), QTime(0, 0)));
    CHECK(ledger.asked[1] == QDateTime(QDate(2026, 3, 1), QTime(0, 0)));
    CHECK(ledger.asked[0].timeSpec() == Qt::LocalTime);
}

TEST_CASE("Last month's spending does not count toward this month")
{
    Ledger ledger{{{QDateTime(QDate(2026, 2, 28), QTime(23, 0)), 100.0}}, {}};
    CHECK(guardFor(ledger).check({0, 50.0}, 0).verdict == SpendVerdict::Allowed);
}

TEST_CASE("Caps of zero are off and spending is not even looked up")
{
    Ledger ledger{{{now.addSecs(-60), 1000.0}}, {}};
    const auto check = guardFor(ledger).check({0, 0}, 5.0);
    CHECK(check.verdict == SpendVerdict::Allowed);
    CHECK(ledger.asked.empty());
}

TEST_CASE("With both caps reached the monthly cap is the one named")
{
    Ledger ledger{{{now.addSecs(-60), 60.0}}, {}};
    const auto check = guardFor(ledger).check({5.0, 50.0}, 0);
    CHECK(check.verdict == SpendVerdict::Refuse);
    CHECK(check.message == QStringLiteral("Monthly spending cap of $50.00 reached ($60.00 spent this month). "
                                          "Raise it in Settings → Limits."));
}

TEST_CASE("A refusal by one cap wins over a warning by the other")
{
    Ledger ledger{{{now.addSecs(-60), 4.50}}, {}};
    const auto check = guardFor(ledger).check({4.0, 5.0}, 0);
    CHECK(check.verdict == SpendVerdict::Refuse);
    CHECK(check.message.startsWith(QStringLiteral("Daily spending cap of $4.00 reached")));
}

TEST_CASE("Large caps are shown with thousands separators")
{
    Ledger ledger{{{now.addSecs(-60), 1250.5}}, {}};
    CHECK(guardFor(ledger).check({0, 1500.0}, 0).message ==
          QStringLiteral("You have used 83 % of your monthly cap of $1,500.00."));
}
