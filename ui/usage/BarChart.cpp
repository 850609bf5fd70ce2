#include "usage/BarChart.h"

#include "theme/Theme.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace confab::ui {

namespace {

// A round step for gridlines: 1, 2 or 5 times a power of ten.
double niceStep(double range)
{
    if (range <= 0)
        return 1;
    const double rough = range / 4;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= rough)
            return m * power;
    return 10 * power;
}

} // namespace

BarChart::BarChart(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_format([](double v) { return QString::number(v, 'g', 4); })
{
    setAccessibleName(title);
    setMinimumHeight(180);
}

void BarChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    describe();
    update();
}

// A listener gets the chart's gist first — total, highest bar, the limit — then only the bars that have a
// value, instead of thirty "0" days read out one by one.
void BarChart::describe()
{
    double total = 0;
    const Bar *highest = nullptr;
    QStringList values;
    for (const Bar &bar : m_bars) {
        total += bar.value;
        if (bar.value > 0)
            values << QStringLiteral("%1: %2").arg(bar.label, m_format(bar.value));
        if (!highest || bar.value > highest->value)
            highest = &bar;
    }
    QStringList parts;
    if (!highest || highest->value <= 0)
        parts << tr("No data yet");
    else
        parts
            << tr("Total %1, highest %2 (%3)").arg(m_format(total), m_format(highest->value), highest->label);
    if (m_limit)
        parts << tr("limit %1").arg(m_format(*m_limit));
    if (!values.isEmpty())
        parts << values.join(QStringLiteral("; "));
    setAccessibleDescription(parts.join(QStringLiteral(". ")));
}

void BarChart::setLimit(std::optional<double> limit, const QString &label)
{
    m_limit = limit;
    m_limitLabel = label;
    describe();
    update();
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &p = palette();
    QPainterPath card;
    card.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    painter.fillPath(card, p.color(QPalette::Base));
    painter.setPen(QPen(Theme::blend(p.color(QPalette::Base), p.color(QPalette::Text), 0.12), 1));
    painter.drawPath(card);

    QFont titleFont = font();
    titleFont.setWeight(QFont::DemiBold);
    painter.setFont(titleFont);
    painter.setPen(p.color(QPalette::Text));
    const QFontMetrics titleMetrics(titleFont);
    painter.drawText(QRect(14, 10, width() - 28, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     m_title);

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.82);
    painter.setFont(small);
    const QFontMetrics metrics(small);

    double maximum = m_fixedMax.value_or(0);
    for (const Bar &bar : m_bars)
        maximum = qMax(maximum, bar.value);
    if (m_limit)
        maximum = qMax(maximum, *m_limit * 1.1);
    const double step = m_wholeSteps ? qMax(1.0, niceStep(maximum)) : niceStep(maximum);
    maximum = maximum <= 0 ? 1 : std::ceil(maximum / step) * step;

    int axisWidth = 0;
    for (double v = 0; v <= maximum + step / 2; v += step)
        axisWidth = qMax(axisWidth, metrics.horizontalAdvance(m_format(v)));
    const QRect plot(14 + axisWidth + 6, 18 + titleMetrics.height(), width() - axisWidth - 34,
                     height() - titleMetrics.height() - metrics.height() - 34);
    if (plot.width() < 20 || plot.height() < 20)
        return;
    auto yFor = [&](double v) { return plot.bottom() - v / maximum * plot.height(); };

    const QColor grid = Theme::blend(p.color(QPalette::Base), p.color(QPalette::Text), 0.09);
    const QColor subtle = Theme::subtleText(p);
    for (double v = 0; v <= maximum + step / 2; v += step) {
        const double y = yFor(v);
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(subtle);
        painter.drawText(QRectF(10, y - metrics.height() / 2.0, axisWidth, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, m_format(v));
    }

    if (m_bars.isEmpty()) {
        painter.setPen(subtle);
        painter.drawText(plot, Qt::AlignCenter, tr("Nothing yet"));
    } else {
        const double slot = double(plot.width()) / m_bars.size();
        const double barWidth = qMax(2.0, qMin(slot * 0.7, 48.0));
        const int labelEvery =
            qMax(1, int(std::ceil(metrics.horizontalAdvance(QStringLiteral("00 Mmm")) / slot)));
        for (int i = 0; i < m_bars.size(); ++i) {
            const Bar &bar = m_bars.at(i);
            const double x = plot.left() + slot * i + (slot - barWidth) / 2;
            const double top = yFor(bar.value);
            QPainterPath path;
            path.addRoundedRect(QRectF(x, top, barWidth, plot.bottom() - top), qMin(4.0, barWidth / 3),
                                qMin(4.0, barWidth / 3));
            const bool over = m_limit && bar.value > *m_limit;
            painter.fillPath(path, over ? Theme::errorText(p) : Theme::accent(p));
            if (i % labelEvery == 0) {
                painter.setPen(subtle);
                const QString label =
                    metrics.elidedText(bar.label, Qt::ElideRight, int(slot * labelEvery) - 2);
                painter.drawText(QRectF(plot.left() + slot * i - slot * (labelEvery - 1) / 2.0,
                                        plot.bottom() + 4, slot * labelEvery, metrics.height()),
                                 Qt::AlignHCenter | Qt::AlignTop, label);
            }
        }
    }

    if (m_limit && *m_limit > 0) {
        const double y = yFor(*m_limit);
        QPen pen(Theme::errorText(p), 1.5, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        const QString text = m_limitLabel.isEmpty() ? m_format(*m_limit) : m_limitLabel;
        painter.drawText(QRectF(plot.left(), y - metrics.height() - 2, plot.width(), metrics.height()),
                         Qt::AlignRight | Qt::AlignBottom, text);
    }
}

} // namespace confab::ui
