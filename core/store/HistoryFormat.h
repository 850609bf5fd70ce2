#pragma once

#include <QLatin1StringView>

namespace confab::history {

// The JSON export's identity. A file with a higher version came from a newer Confab and is refused.
inline constexpr QLatin1StringView FormatName("confab-history");
inline constexpr int FormatVersion = 1;

} // namespace confab::history
