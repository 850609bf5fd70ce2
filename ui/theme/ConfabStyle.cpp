#include "theme/ConfabStyle.h"

#include "theme/Theme.h"

#include <QWidget>

namespace confab::ui {

ConfabStyle::ConfabStyle(QStyle *base)
    : QProxyStyle(base)
{}

QIcon ConfabStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                const QWidget *widget) const
{
    const QPalette palette = widget ? widget->palette() : QPalette();
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
        return Theme::icon(QStringLiteral("more-horizontal"), palette.color(QPalette::ButtonText));
    case SP_ToolBarVerticalExtensionButton:
        return Theme::icon(QStringLiteral("more-vertical"), palette.color(QPalette::ButtonText));
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

} // namespace confab::ui
