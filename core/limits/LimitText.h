#pragma once

#include <QString>

namespace confab {

// Numbers as the limit messages show them, the same on every system locale: "$1,234.50", "40,123".
QString formatUsd(double amount);
QString formatCount(qint64 count);
// Whole seconds, rounded up so that "wait 0 s" is never shown.
QString formatWaitSeconds(qint64 milliseconds);

} // namespace confab
