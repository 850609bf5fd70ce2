#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

namespace confab::ui {

// A small bar chart painted with QPainter: labelled bars, value gridlines and an optional limit line (a cap).
class BarChart : public QWidget
{
    Q_OBJECT
public:
    struct Bar
    {
        QString label;
        double value = 0;
    };

    explicit BarChart(const QString &title, QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars);
    void setLimit(std::optional<double> limit, const QString &label = {});
    void setFormatter(std::function<QString(double)> format) { m_format = std::move(format); }
    void setFixedMaximum(std::optional<double> maximum) { m_fixedMax = maximum; }
    // Counts: gridlines on whole numbers only.
    void setWholeSteps(bool whole) { m_wholeSteps = whole; }
    const QList<Bar> &bars() const { return m_bars; }
    std::optional<double> limit() const { return m_limit; }

    QSize sizeHint() const override { return {420, 220}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void describe();

    QString m_title;
    QList<Bar> m_bars;
    std::optional<double> m_limit;
    std::optional<double> m_fixedMax;
    QString m_limitLabel;
    bool m_wholeSteps = false;
    std::function<QString(double)> m_format;
};

} // namespace confab::ui
