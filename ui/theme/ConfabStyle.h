#pragma once

#include <QProxyStyle>

namespace confab::ui {

// The chosen base style (Fusion, or the platform's own) with our line icons for the standard icons the main
// window shows. Qt's own are bitmaps read through QImageReader, which loads every image-format plugin on the
// way to the first paint, and they do not follow the palette or stay sharp on HiDPI screens as ours do.
class ConfabStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit ConfabStyle(QStyle *base);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace confab::ui
