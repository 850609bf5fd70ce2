#pragma once

#include <QString>

namespace confab {

// Numbers as Confab shows them, in the user's language: "$1,234.50" and "40,123" in English, "1.234,50 $" and
// "40.123" in German. Every dollar amount (limits, costs, usage) goes through formatUsd.
QString formatUsd(double amount, int decimals = 2);
QString formatCount(qint64 count);
// Whole seconds, rounded up so that "wait 0 s" is never shown.
QString formatWaitSeconds(qint64 milliseconds);

} // namespace confab
