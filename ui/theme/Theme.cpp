#include "theme/Theme.h"

#include "theme/ConfabStyle.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>
#include <QSvgRenderer>
#include <QtGlobal>

#include <cmath>

#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
#include <QAccessibilityHints>
#endif

namespace confab::ui {

namespace {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf1, 0xf4));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x86, 0x8e));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xd6));
    p.setColor(QPalette::Mid, QColor(0xc9, 0xcd, 0xd3));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa4, 0xaa));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa4, 0xaa));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa4, 0xaa));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1e, 0x20, 0x24));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1b));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2e));
    p.setColor(QPalette::ToolTipBase, QColor(0x2a, 0x2d, 0x32));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x90, 0x98));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Button, QColor(0x2a, 0x2d, 0x32));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x4c, 0x8b, 0xf5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xaa, 0xff));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x43));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::Mid, QColor(0x3c, 0x40, 0x46));
    p.setColor(QPalette::Dark, QColor(0x12, 0x13, 0x15));
    p.setColor(QPalette::Shadow, QColor(0x08, 0x08, 0x08));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6a, 0x6e, 0x75));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6a, 0x6e, 0x75));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6a, 0x6e, 0x75));
    return p;
}

// White on black with a yellow highlight, as the common high-contrast schemes are; borders (Mid) are as
// bright as the text so every control's outline shows.
QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(0x00, 0x00, 0x00);
    const QColor white(0xff, 0xff, 0xff);
    const QColor yellow(0xff, 0xe0, 0x3d);
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button,
                                     QPalette::ToolTipBase, QPalette::Dark, QPalette::Shadow})
        p.setColor(role, black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                     QPalette::ToolTipText, QPalette::BrightText, QPalette::PlaceholderText,
                                     QPalette::Light, QPalette::Midlight, QPalette::Mid})
        p.setColor(role, white);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, yellow);
    p.setColor(QPalette::LinkVisited, yellow);
    // Disabled text stays far above the 4.5:1 minimum against black.
    const QColor disabled(0xb0, 0xb0, 0xb0);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    return p;
}

bool platformPrefersHighContrast()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    return QGuiApplication::styleHints()->accessibility()->contrastPreference() ==
           Qt::ContrastPreference::HighContrast;
#else
    return false;
#endif
}

// WCAG relative luminance, for telling a high-contrast palette from an ordinary one.
double luminance(const QColor &color)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

// Renders the SVG at exactly the requested device size, in the requested colour, so no bitmap is ever scaled.
class TintedSvgEngine : public QIconEngine
{
public:
    TintedSvgEngine(QByteArray svg, QColor color)
        : m_svg(std::move(svg))
        , m_color(std::move(color))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QByteArray svg = m_svg;
        // A disabled icon takes the palette's disabled text colour, so it stays visible on a greyed button
        // whatever colour it normally has (white on the accent-coloured Send button, for one).
        const QColor color = mode == QIcon::Disabled
                                 ? QApplication::palette().color(QPalette::Disabled, QPalette::ButtonText)
                                 : m_color;
        svg.replace("#000000", color.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        painter->save();
        painter->setOpacity(painter->opacity() * color.alphaF());
        renderer.render(painter, QRectF(rect));
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_svg, m_color); }

private:
    QByteArray m_svg;
    QColor m_color;
};

QByteArray svgSource(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        QFile file(QStringLiteral(":/icons/ui/") + name + QStringLiteral(".svg"));
        it = cache.insert(name, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    return *it;
}

} // namespace

void Theme::apply(confab::Theme theme)
{
    static const QString platformStyle = QApplication::style()->name();
    static const QPalette platformPalette = QApplication::palette();
    if (theme == confab::Theme::System && platformPrefersHighContrast())
        theme = confab::Theme::HighContrast;
    switch (theme) {
    case confab::Theme::System:
        QApplication::setStyle(new ConfabStyle(QStyleFactory::create(platformStyle)));
        QApplication::setPalette(platformPalette);
        break;
    case confab::Theme::Light:
        QApplication::setStyle(new ConfabStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(lightPalette());
        break;
    case confab::Theme::Dark:
        QApplication::setStyle(new ConfabStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(darkPalette());
        break;
    case confab::Theme::HighContrast:
        QApplication::setStyle(new ConfabStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(highContrastPalette());
        break;
    }
}

bool Theme::isHighContrast(const QPalette &palette)
{
    // Black on white is 21:1; the light and dark themes stay near 15:1, a system high-contrast scheme
    // above 18.
    const double text = luminance(palette.color(QPalette::Text));
    const double base = luminance(palette.color(QPalette::Base));
    return (qMax(text, base) + 0.05) / (qMin(text, base) + 0.05) >= 18.0;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor Theme::blend(const QColor &a, const QColor &b, double amountOfB)
{
    const double k = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * k + b.redF() * amountOfB),
                            float(a.greenF() * k + b.greenF() * amountOfB),
                            float(a.blueF() * k + b.blueF() * amountOfB));
}

QColor Theme::userBubble(const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
                 isHighContrast(palette) ? 0.22
                 : isDark(palette)       ? 0.28
                                         : 0.13);
}

QColor Theme::assistantBubble(const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text),
                 isHighContrast(palette) ? 0.12
                 : isDark(palette)       ? 0.07
                                         : 0.045);
}

QColor Theme::codeBackground(const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text),
                 isDark(palette) ? 0.13 : 0.075);
}

QColor Theme::sidebarBackground(const QPalette &palette)
{
    return blend(palette.color(QPalette::Window), palette.color(QPalette::Text), 0.02);
}

QColor Theme::subtleText(const QPalette &palette)
{
    if (isHighContrast(palette))
        return palette.color(QPalette::Text);
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.42);
}

QColor Theme::errorText(const QPalette &palette)
{
    if (isHighContrast(palette))
        return isDark(palette) ? QColor(0xff, 0x9e, 0x9e) : QColor(0x9b, 0x00, 0x00);
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
}

QColor Theme::accent(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

QIcon Theme::icon(const QString &name, const QColor &color)
{
    const QColor ink = color.isValid() ? color : QApplication::palette().color(QPalette::Text);
    return QIcon(new TintedSvgEngine(svgSource(name), ink));
}

} // namespace confab::ui
