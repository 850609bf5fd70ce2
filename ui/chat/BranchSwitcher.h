#pragma once

#include <QFontMetrics>
#include <QPalette>
#include <QRect>

class QPainter;

namespace confab::ui {

// The "‹ 2/3 ›" control on the status line of a message that has other versions (an edited question, a
// regenerated answer): where it goes, how it looks, and which arrow a point is on.
class BranchSwitcher
{
public:
    // The switcher's place at the start of an answer's status line or the end of a question's; `status` gives
    // up that room for the rest of the line.
    static QRect place(QRect *status, bool alignRight, const QFontMetrics &metrics, int index, int count);
    static void paint(QPainter *painter, const QRect &area, const QPalette &palette, const QFont &font,
                      int index, int count);
    // -1 on the left arrow (older version), +1 on the right arrow (newer), 0 elsewhere; an arrow at the end
    // of the versions does nothing.
    static int stepAt(const QRect &area, const QPoint &pos, int index, int count);
    // "2/3": shown between the arrows, and read out to screen readers.
    static QString label(int index, int count);

private:
    static constexpr int ArrowWidth = 16;
    static constexpr int Gap = 8;
};

} // namespace confab::ui
