#include "chat/DocumentChipPainter.h"

#include "input/DocumentChips.h"
#include "theme/Theme.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace confab::ui::documentchip {

namespace {
constexpr int IconSize = 16;
constexpr int Inset = 8;
} // namespace

QSize size(const AttachedDocument &document, const QFont &font, int maxWidth)
{
    const int text = QFontMetrics(font).horizontalAdvance(describeDocument(document));
    return {qMin(maxWidth, Inset + IconSize + 6 + text + Inset), Height};
}

void paint(QPainter *painter, const QRect &rect, const AttachedDocument &document, const QFont &font,
           const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath chip;
    chip.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 7, 7);
    painter->fillPath(chip, Theme::codeBackground(palette));
    painter->setPen(Theme::subtleText(palette));
    painter->drawPath(chip);
    const QRect icon(rect.left() + Inset, rect.center().y() - IconSize / 2 + 1, IconSize, IconSize);
    Theme::icon(QStringLiteral("document"), Theme::accent(palette)).paint(painter, icon);
    const QRect text = rect.adjusted(Inset + IconSize + 6, 0, -Inset, 0);
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(
        text, Qt::AlignVCenter | Qt::AlignLeft,
        QFontMetrics(font).elidedText(describeDocument(document), Qt::ElideMiddle, text.width()));
    painter->restore();
}

} // namespace confab::ui::documentchip
