#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace confab {
class GenerationStore;
class Settings;
} // namespace confab

namespace confab::ui {

class BarChart;

// What the user has spent and how the models behaved: spend per day against the daily cap, and requests,
// success rate and latency per model, over the last week, month or quarter.
class UsageWindow : public QDialog
{
    Q_OBJECT
public:
    UsageWindow(GenerationStore *generations, Settings *settings, QWidget *parent = nullptr);

    void reload();
    BarChart *spendChart() const { return m_spend; }
    BarChart *requestsChart() const { return m_requests; }
    BarChart *successChart() const { return m_success; }
    BarChart *latencyChart() const { return m_latency; }
    QString summary() const;

private:
    GenerationStore *m_generations;
    Settings *m_settings;
    QComboBox *m_period;
    QLabel *m_summary;
    BarChart *m_spend;
    BarChart *m_requests;
    BarChart *m_success;
    BarChart *m_latency;
    QTableWidget *m_table;
};

} // namespace confab::ui
