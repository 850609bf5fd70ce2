#pragma once

#include <QRect>

class QPainter;
class QPalette;

namespace confab::ui {

// The keyboard focus outline for things a delegate paints (a message bubble, say): two pixels in the
// highlight colour, a little outside the shape so it never covers its content, in every theme.
void paintFocusRing(QPainter *painter, const QRect &shape, const QPalette &palette, qreal radius);

} // namespace confab::ui
