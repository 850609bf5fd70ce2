#pragma once

#include <QPointF>

class QColor;
class QPainter;

namespace confab::ui {

// The chevron of a section that opens and closes (Thinking, a tool call): two strokes around `centre`,
// pointing right when closed and down when open.
void drawChevron(QPainter *painter, QPointF centre, bool open, const QColor &color);

} // namespace confab::ui
