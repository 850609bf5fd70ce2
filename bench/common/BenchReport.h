#pragma once

#include <QList>
#include <QString>

namespace confab::bench {

// One figure as a JSON line on stdout.
void report(const QString &bench, const QString &metric, double value, const QString &unit);

double median(QList<double> values);
double percentile(QList<double> values, double p);

// Resident set size of this process in MiB (Linux /proc; 0 where unavailable).
double residentMegabytes();

} // namespace confab::bench
