#pragma once

#include "settings/Settings.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace confab::ui {

// The application's look: Fusion with a light, dark or high-contrast palette, or the platform's own palette
// for "system" (high contrast when the platform asks for it, on Qt 6.10 and later).
class Theme
{
public:
    static void apply(confab::Theme theme);
    static bool isDark(const QPalette &palette);
    // Text against its background at 18:1 or more: the user's high-contrast scheme or ours. Derived colours
    // then keep full contrast instead of being softened.
    static bool isHighContrast(const QPalette &palette);

    // Colours derived from the palette so light, dark and system themes all stay readable.
    static QColor userBubble(const QPalette &palette);
    static QColor assistantBubble(const QPalette &palette);
    static QColor codeBackground(const QPalette &palette);
    static QColor subtleText(const QPalette &palette);
    static QColor sidebarBackground(const QPalette &palette);
    static QColor errorText(const QPalette &palette);
    static QColor accent(const QPalette &palette);
    static QColor blend(const QColor &a, const QColor &b, double amountOfB);

    // A line icon from resources/icons/ui drawn in `color` (the palette's text colour when invalid). SVGs are
    // rendered per device pixel ratio, so the icons stay sharp on HiDPI screens.
    static QIcon icon(const QString &name, const QColor &color = {});
};

} // namespace confab::ui
