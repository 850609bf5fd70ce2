#include "chat/BranchSwitcher.h"

#include "theme/Theme.h"

#include <QPainter>

namespace confab::ui {

QString BranchSwitcher::label(int index, int count)
{
    return QStringLiteral("%1/%2").arg(index + 1).arg(count);
}

QRect BranchSwitcher::place(QRect *status, bool alignRight, const QFontMetrics &metrics, int index, int count)
{
    const int width = 2 * ArrowWidth + metrics.horizontalAdvance(label(index, count)) + 8;
    QRect area;
    if (alignRight) {
        area = QRect(status->right() - width + 1, status->top(), width, status->height());
        status->setRight(area.left() - Gap);
    } else {
        area = QRect(status->left(), status->top(), width, status->height());
        status->setLeft(area.right() + Gap);
    }
    return area;
}

void BranchSwitcher::paint(QPainter *painter, const QRect &area, const QPalette &palette, const QFont &font,
                           int index, int count)
{
    painter->save();
    painter->setFont(font);
    const QColor enabled = Theme::accent(palette);
    const QColor disabled = Theme::subtleText(palette);
    const QRect previous(area.left(), area.top(), ArrowWidth, area.height());
    const QRect next(area.right() - ArrowWidth + 1, area.top(), ArrowWidth, area.height());
    painter->setPen(index > 0 ? enabled : disabled);
    painter->drawText(previous, Qt::AlignCenter, QStringLiteral("‹"));
    painter->setPen(index + 1 < count ? enabled : disabled);
    painter->drawText(next, Qt::AlignCenter, QStringLiteral("›"));
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(area.adjusted(ArrowWidth, 0, -ArrowWidth, 0), Qt::AlignCenter, label(index, count));
    painter->restore();
}

int BranchSwitcher::stepAt(const QRect &area, const QPoint &pos, int index, int count)
{
    if (!area.contains(pos))
        return 0;
    if (pos.x() < area.left() + ArrowWidth)
        return index > 0 ? -1 : 0;
    if (pos.x() > area.right() - ArrowWidth)
        return index + 1 < count ? 1 : 0;
    return 0;
}

} // namespace confab::ui
