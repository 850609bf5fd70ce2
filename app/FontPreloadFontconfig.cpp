#include "FontPreload.h"

#include <fontconfig/fontconfig.h>

namespace confab::app {

// FcInit() loads the configuration Qt's font database asks for with its own FcInit() later, which then finds
// it loaded (fontconfig keeps one default configuration per process and sets it atomically).
FontPreload::FontPreload()
    : m_thread([] { FcInit(); })
{}

} // namespace confab::app
