#include "accessibility/FocusRing.h"

#include <QPainter>
#include <QPalette>
#include <QPen>

namespace confab::ui {

void paintFocusRing(QPainter *painter, const QRect &shape, const QPalette &palette, qreal radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(palette.color(QPalette::Highlight), 2.0));
    painter->drawRoundedRect(QRectF(shape).adjusted(-3, -3, 3, 3), radius + 3, radius + 3);
    painter->restore();
}

} // namespace confab::ui
