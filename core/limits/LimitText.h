#pragma once

#include <QString>

namespace confab {

// Numbers as the limit messages show them, in the user's language: "$1,234.50" and "40,123" in English,
// "1.234,50 $" and "40.123" in German.
QString formatUsd(double amount);
QString formatCount(qint64 count);
// Whole seconds, rounded up so that "wait 0 s" is never shown.
QString formatWaitSeconds(qint64 milliseconds);

} // namespace confab
