#pragma once

#include <QPointF>

class QColor;
class QPainter;

namespace confab::ui {

// The header of a section that opens and closes: the room its chevron takes before the text, and the padding
// around both. Thinking and tool calls share them, so their headers line up in one answer.
inline constexpr int ChevronSpace = 18;
inline constexpr int SectionHeaderPadding = 8;

// The chevron of a section that opens and closes (Thinking, a tool call): two strokes around `centre`,
// pointing right when closed and down when open.
void drawChevron(QPainter *painter, QPointF centre, bool open, const QColor &color);

} // namespace confab::ui
