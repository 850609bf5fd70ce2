#include "WindowPlacement.h"

namespace confab::ui {

QSize openingWindowSize(const QSize &available)
{
    const QSize comfortable(1100, 720);
    if (available.isEmpty())
        return comfortable;
    return comfortable.boundedTo(available * 0.9);
}

} // namespace confab::ui
