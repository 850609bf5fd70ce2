// Runs Confab and a bare QMainWindow alternately, each measuring main() → first paint itself, and reports the
// medians and their ratio. Run it on a real display (e.g. under xvfb-run) for figures a user would see.
//   startup_bench [DATA_DIR]   (Confab opens the history in DATA_DIR, e.g. one store_bench --db made;
//                               without it, an empty one)
#include "BenchReport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace {

double runOnce(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return -1;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QJsonObject figure = QJsonDocument::fromJson(line).object();
        if (figure.value(QStringLiteral("metric")).toString() == QStringLiteral("main_to_first_paint_ms"))
            return figure.value(QStringLiteral("value")).toDouble();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs =
        qEnvironmentVariableIntValue("STARTUP_RUNS") > 0 ? qEnvironmentVariableIntValue("STARTUP_RUNS") : 15;
    QTemporaryDir empty;
    const QString data = argc > 1 ? QString::fromLocal8Bit(argv[1]) : empty.path();
    QList<double> confab;
    QList<double> bare;
    for (int i = 0; i < runs; ++i) {
        const double c = runOnce(QStringLiteral(CONFAB_BINARY),
                                 {QStringLiteral("--benchmark-startup"), QStringLiteral("--data-dir"), data});
        const double b = runOnce(QStringLiteral(BARE_BINARY), {});
        if (c < 0 || b < 0) {
            std::fprintf(stderr, "startup_bench: a run did not paint (is there a display?)\n");
            return 1;
        }
        confab << c;
        bare << b;
    }
    using confab::bench::report;
    report(QStringLiteral("startup"), QStringLiteral("confab_median_ms"), confab::bench::median(confab),
           QStringLiteral("ms"));
    report(QStringLiteral("startup"), QStringLiteral("bare_window_median_ms"), confab::bench::median(bare),
           QStringLiteral("ms"));
    report(QStringLiteral("startup"), QStringLiteral("ratio_confab_to_bare"),
           confab::bench::median(confab) / confab::bench::median(bare), QStringLiteral("x"));
    return 0;
}
