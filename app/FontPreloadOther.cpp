#include "FontPreload.h"

namespace confab::app {

// Qt's font database on Windows and macOS asks the system, which keeps its fonts ready.
FontPreload::FontPreload() = default;

} // namespace confab::app
