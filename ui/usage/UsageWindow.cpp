#include "usage/UsageWindow.h"

#include "common/Translations.h"
#include "limits/LimitText.h"
#include "settings/Settings.h"
#include "store/GenerationStore.h"
#include "store/Store.h"
#include "usage/BarChart.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace confab::ui {

namespace {

QString money(double v)
{
    return formatUsd(v, v > 0 && v < 0.1 ? 3 : 2);
}

QString shortModel(const QString &model)
{
    const int slash = model.lastIndexOf(QLatin1Char('/'));
    return slash >= 0 && model.size() - slash > 4 ? model.mid(slash + 1) : model;
}

} // namespace

UsageWindow::UsageWindow(GenerationStore *generations, Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_generations(generations)
    , m_settings(settings)
    , m_period(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_spend(new BarChart(tr("Spend per day"), this))
    , m_requests(new BarChart(tr("Requests per model"), this))
    , m_success(new BarChart(tr("Success rate per model"), this))
    , m_latency(new BarChart(tr("Median latency per model"), this))
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Usage"));
    setAccessibleName(tr("Usage"));
    resize(980, 760);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->setCurrentIndex(1);
    m_period->setAccessibleName(tr("Period"));
    top->addWidget(m_summary, 1);
    top->addWidget(m_period);
    layout->addLayout(top);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Usage summary"));

    m_spend->setFormatter(money);
    m_requests->setFormatter([](double v) { return displayLocale().toString(qRound(v)); });
    m_requests->setWholeSteps(true);
    m_success->setFormatter([](double v) { return tr("%1 %").arg(displayLocale().toString(qRound(v))); });
    m_success->setFixedMaximum(100);
    m_latency->setFormatter([](double v) {
        return v >= 1000 ? QStringLiteral("%1 s").arg(displayLocale().toString(v / 1000, 'f', 1))
                         : tr("%1 ms").arg(displayLocale().toString(qRound(v)));
    });

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    grid->addWidget(m_spend, 0, 0, 1, 2);
    grid->addWidget(m_requests, 1, 0);
    grid->addWidget(m_success, 1, 1);
    grid->addWidget(m_latency, 2, 0);
    grid->addWidget(m_table, 2, 1);
    layout->addLayout(grid, 1);

    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Requests"), tr("Success"), tr("p95"), tr("Spend")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Usage per model"));

    connect(m_period, &QComboBox::currentIndexChanged, this, &UsageWindow::reload);
    reload();
}

QString UsageWindow::summary() const
{
    return m_summary->text();
}

void UsageWindow::reload()
{
    const int days = m_period->currentData().toInt();
    const QDate today = QDate::currentDate();
    const QDateTime since(today.addDays(-(days - 1)), QTime(0, 0));
    GenerationStore *generations = m_generations;
    Settings *settings = m_settings;

    const QList<DailySpend> perDay = generations->spendPerDay(since);
    QHash<QDate, DailySpend> byDay;
    for (const DailySpend &d : perDay)
        byDay.insert(d.day, d);
    QList<BarChart::Bar> spendBars;
    double total = 0;
    int requests = 0;
    for (int i = 0; i < days; ++i) {
        const QDate day = since.date().addDays(i);
        const DailySpend d = byDay.value(day);
        spendBars.append(
            {displayLocale().toString(day, tr("d MMM", "short day and month, as QLocale formats dates")),
             d.spendUsd});
        total += d.spendUsd;
        requests += d.requests;
    }
    m_spend->setBars(spendBars);
    const double dailyCap = settings->dailyCapUsd();
    m_spend->setLimit(dailyCap > 0 ? std::optional<double>(dailyCap) : std::nullopt,
                      tr("daily cap %1").arg(money(dailyCap)));

    const QList<ModelUsage> usage = generations->usageByModel(since);
    QList<BarChart::Bar> requestBars, successBars, latencyBars;
    m_table->setRowCount(int(usage.size()));
    for (int row = 0; row < usage.size(); ++row) {
        const ModelUsage &u = usage.at(row);
        requestBars.append({shortModel(u.model), double(u.requests)});
        successBars.append({shortModel(u.model), u.successRate * 100});
        latencyBars.append({shortModel(u.model), double(u.medianMs)});
        const QLocale locale = displayLocale();
        const QStringList cells{u.model, locale.toString(u.requests),
                                tr("%1 %").arg(locale.toString(qRound(u.successRate * 100))),
                                tr("%1 ms").arg(locale.toString(u.p95Ms)), money(u.spendUsd)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_requests->setBars(requestBars);
    m_success->setBars(successBars);
    m_latency->setBars(latencyBars);

    const double monthly =
        generations->costSince(QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0)));
    const double monthlyCap = settings->monthlyCapUsd();
    QString text = tr("<b>%1</b> spent over %Ln request(s) in the last %2 days.", nullptr, int(requests))
                       .arg(money(total))
                       .arg(days);
    text +=
        QLatin1Char(' ') +
        (monthlyCap > 0 ? tr("This month: %1 of the %2 monthly cap.").arg(money(monthly), money(monthlyCap))
                        : tr("This month: %1 (no monthly cap).").arg(money(monthly)));
    m_summary->setText(text);
}

} // namespace confab::ui
