// Runs Confab and a bare QMainWindow alternately, and reports the medians and their ratio two ways: from
// main() to the first frame (every widget painted) as each process measures it, and for the whole process,
// from its start (fork, exec, loading its libraries) to the line it prints after that frame, as this process
// sees it. Run it on a real display (e.g. under xvfb-run) for figures a user would see.
//   startup_bench [DATA_DIR]   (Confab opens the history in DATA_DIR, e.g. one store_bench --db made;
//                               without it, an empty one; STARTUP_RUNS sets the runs of each, 15 by default)
#include "BenchReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace {

struct Startup
{
    double mainToPaintMs = -1;
    double processToPaintMs = -1;
};

Startup runOnce(const QString &program, const QStringList &arguments)
{
    Startup startup;
    QProcess process;
    QElapsedTimer sinceStart;
    sinceStart.start();
    process.start(program, arguments);
    QByteArray output;
    while (startup.mainToPaintMs < 0 && process.waitForReadyRead(30000)) {
        output += process.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            const QJsonObject figure = QJsonDocument::fromJson(line).object();
            if (figure.value(QStringLiteral("metric")).toString() ==
                QStringLiteral("main_to_first_paint_ms")) {
                startup.processToPaintMs = double(sinceStart.nsecsElapsed()) / 1e6;
                startup.mainToPaintMs = figure.value(QStringLiteral("value")).toDouble();
            }
        }
    }
    if (!process.waitForFinished(30000))
        return {};
    return startup;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs =
        qEnvironmentVariableIntValue("STARTUP_RUNS") > 0 ? qEnvironmentVariableIntValue("STARTUP_RUNS") : 15;
    QTemporaryDir empty;
    const QString data = argc > 1 ? QString::fromLocal8Bit(argv[1]) : empty.path();
    QList<double> confabMain, bareMain, confabProcess, bareProcess;
    for (int i = 0; i < runs; ++i) {
        // Alternating which goes first keeps a cache warmed by the one before from favouring either.
        Startup confab, bare;
        const auto runConfab = [&] {
            confab = runOnce(QStringLiteral(CONFAB_BINARY),
                             {QStringLiteral("--benchmark-startup"), QStringLiteral("--data-dir"), data});
        };
        const auto runBare = [&] { bare = runOnce(QStringLiteral(BARE_BINARY), {}); };
        if (i % 2 == 0) {
            runConfab();
            runBare();
        } else {
            runBare();
            runConfab();
        }
        if (confab.mainToPaintMs < 0 || bare.mainToPaintMs < 0) {
            std::fprintf(stderr, "startup_bench: a run did not paint (is there a display?)\n");
            return 1;
        }
        confabMain << confab.mainToPaintMs;
        bareMain << bare.mainToPaintMs;
        confabProcess << confab.processToPaintMs;
        bareProcess << bare.processToPaintMs;
    }
    using confab::bench::median;
    using confab::bench::report;
    const QString bench = QStringLiteral("startup");
    report(bench, QStringLiteral("confab_median_ms"), median(confabMain), QStringLiteral("ms"));
    report(bench, QStringLiteral("bare_window_median_ms"), median(bareMain), QStringLiteral("ms"));
    report(bench, QStringLiteral("ratio_confab_to_bare"), median(confabMain) / median(bareMain),
           QStringLiteral("x"));
    report(bench, QStringLiteral("confab_process_median_ms"), median(confabProcess), QStringLiteral("ms"));
    report(bench, QStringLiteral("bare_window_process_median_ms"), median(bareProcess), QStringLiteral("ms"));
    report(bench, QStringLiteral("ratio_process_confab_to_bare"), median(confabProcess) / median(bareProcess),
           QStringLiteral("x"));
    return 0;
}
