#include "input/ComposerFrame.h"

#include <QPainter>

namespace confab::ui {

ComposerFrame::ComposerFrame(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("composer"));
}

void ComposerFrame::paintEvent(QPaintEvent *)
{
    constexpr qreal Radius = 14;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);
}

} // namespace confab::ui
