#pragma once

#include <QSize>

namespace confab::ui {

// The size the main window opens at when it has no saved place that suits this screen: its comfortable size,
// or nine tenths of the screen's available area where that is smaller. Such a screen is a small laptop's at
// 150 %, or one whose display scale changed since the place was saved (restoreGeometry() refuses a place
// saved at another screen width, and 1100×720 at 200 % is wider than a 1600-pixel screen).
QSize openingWindowSize(const QSize &available);

} // namespace confab::ui
