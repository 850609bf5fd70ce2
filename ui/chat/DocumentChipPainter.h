#pragma once

#include "domain/Message.h"

#include <QRect>
#include <QSize>

class QFont;
class QPainter;
class QPalette;

namespace confab::ui {

// A document sent with a question, drawn under it as a chip (document icon, name, type, size, pages) that
// opens the stored copy when clicked. An icon rather than an emoji: a 📎 glyph is a box where no emoji font
// is installed.
namespace documentchip {

inline constexpr int Height = 26;
QSize size(const AttachedDocument &document, const QFont &font, int maxWidth);
void paint(QPainter *painter, const QRect &rect, const AttachedDocument &document, const QFont &font,
           const QPalette &palette);

} // namespace documentchip
} // namespace confab::ui
