#include "chat/Chevron.h"

#include <QPainter>
#include <QPainterPath>

namespace confab::ui {

void drawChevron(QPainter *painter, QPointF centre, bool open, const QColor &color)
{
    QPainterPath chevron;
    if (open) {
        chevron.moveTo(centre + QPointF(-4, -2));
        chevron.lineTo(centre + QPointF(0, 2));
        chevron.lineTo(centre + QPointF(4, -2));
    } else {
        chevron.moveTo(centre + QPointF(-2, -4));
        chevron.lineTo(centre + QPointF(2, 0));
        chevron.lineTo(centre + QPointF(-2, 4));
    }
    painter->setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(chevron);
}

} // namespace confab::ui
