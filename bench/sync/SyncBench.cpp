// sync_bench: sync through a shared folder at the size of a long-time user's history, encrypted.
//
//   publish_s / publish_cpu_s / publish_peak_rss_mb   the first round of a device holding the whole history:
//                                         every message published, then its snapshot written and its segments
//                                         retired (wall time, CPU time of the round, peak memory)
//   join_s / join_cpu_s / join_peak_rss_mb   a new device's first round: from nothing to the whole history
//                                         (targets: < 189 s, a third of the 566 s it took before snapshots,
//                                         and < 400 MB)
//   idle_s / idle_cpu_s                   a round with nothing new, on the device that joined (target < 1 s)
//   folder_mb / store_mb                  the folder after the first round, and the SQLite store (with its
//                                         search index) it came from (target: folder smaller)
//   publish_seal_share_pct / join_open_share_pct   how much of those rounds' CPU time sealing or opening the
//                                         folder's files takes (target < 20 %): every sealed file left in the
//                                         folder opened, and its plain bytes sealed again, timed alone. The
//                                         publish also sealed the segments it then retired, which this
//                                         misses.
//
// Usage: sync_bench [--messages N] [--db DIR] [--rejoin] [--snapshot-every N]. Each round runs in a child
// process of its own, so its peak memory (getrusage) is its own. The history is generated once per size into
// DIR, as store_bench does. --rejoin keeps the folder (and the publish figures) of the last run in DIR and
// measures the join and the idle round again: at 1M messages the publish takes a long time, and a change to
// the join does not touch it.

#include "BenchReport.h"
#include "HistoryGenerator.h"
#include "store/Store.h"
#include "sync/FolderKey.h"
#include "sync/Sealing.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace confab;

namespace {

const QString Bench = QStringLiteral("sync");
const QString Passphrase = QStringLiteral("sync bench passphrase, long enough");

double peakMegabytes()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
#else
    return 0;
#endif
}

// CPU seconds this process has used (user and system): on a loaded machine the wall time says more about
// the other processes than about the round.
double cpuSeconds()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return 0;
#endif
}

qint64 bytesUnder(const QString &dir)
{
    qint64 bytes = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

// One round on the store in `dataDir`, in this (child) process: prints "seconds peak_mb" on stdout.
int round(const QString &dataDir, const QString &folder, bool create, int snapshotEvery)
{
    Store store(StoreLocation::inFolder(dataDir));
    const OpenResult opened = store.open();
    if (!opened.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    SyncEngine engine(store.location().databasePath, store.location().imagesDir);
    engine.setSnapshotEvery(snapshotEvery);
    // Argon2id takes its second on purpose; it is not part of a round.
    const QString unlocked =
        create ? engine.encryptFolder(folder, Passphrase) : engine.unlockFolder(folder, Passphrase);
    if (!unlocked.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(unlocked));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    const SyncReport report = engine.runRound(folder);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    std::fprintf(stderr, "%s\n(snapshot: %lld records merged, %lld written; %d segments retired)\n",
                 qPrintable(report.summary()), report.snapshotRecordsApplied, report.snapshotRecordsWritten,
                 report.retiredSegments);
    if (!report.completed)
        return 1;
    std::printf("%.3f %.1f %.3f\n", seconds, peakMegabytes(), cpu);
    return 0;
}

struct RoundFigures
{
    double seconds = 0;
    double peakMb = 0;
    double cpuSeconds = 0;
};

std::optional<RoundFigures> parseFigures(const QByteArray &line)
{
    const QList<QByteArray> figures = line.trimmed().split(' ');
    if (figures.size() != 3)
        return std::nullopt;
    return RoundFigures{figures.value(0).toDouble(), figures.value(1).toDouble(),
                        figures.value(2).toDouble()};
}

// Segments between two snapshots (SyncEngine::setSnapshotEvery); fewer than the engine's own puts a
// snapshot into a small history's folder, so that a small run joins from a snapshot as a 1M one does.
int snapshotEvery = SyncEngine::SnapshotEvery;

std::optional<RoundFigures> runRound(const QString &dataDir, const QString &folder, bool create,
                                     const QString &keepFiguresIn = {})
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--round"), dataDir, folder, create ? QStringLiteral("create") : QString(),
                 QString::number(snapshotEvery)});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        return std::nullopt;
    const QByteArray line = child.readAllStandardOutput();
    if (!keepFiguresIn.isEmpty()) {
        QFile kept(keepFiguresIn);
        if (kept.open(QIODevice::WriteOnly | QIODevice::Truncate))
            kept.write(line);
    }
    return parseFigures(line);
}

// Seconds to open every sealed file of the folder, and to seal their plain bytes again.
std::pair<double, double> sealingSeconds(const QString &folder)
{
    const auto key = FolderKey::unlock(folder, Passphrase);
    if (!std::holds_alternative<QByteArray>(key))
        return {0, 0};
    double openSeconds = 0;
    double sealSeconds = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const bool segment = path.endsWith(QStringLiteral(".sealed"));
        if (!segment && !path.contains(QStringLiteral("/images/")))
            continue;
        const QByteArray purposeKey = segment ? FolderKey::segmentKey(std::get<QByteArray>(key))
                                              : FolderKey::imageKey(std::get<QByteArray>(key));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QElapsedTimer timer;
        timer.start();
        const auto plain = sealing::open(file, purposeKey, 1LL << 30);
        openSeconds += double(timer.nsecsElapsed()) / 1e9;
        if (const auto *bytes = std::get_if<QByteArray>(&plain)) {
            timer.restart();
            const QByteArray sealed = sealing::seal(*bytes, purposeKey);
            sealSeconds += double(timer.nsecsElapsed()) / 1e9;
        }
    }
    return {openSeconds, sealSeconds};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 4 && qstrcmp(argv[1], "--round") == 0)
        return round(app.arguments().at(2), app.arguments().at(3), app.arguments().value(4) == "create",
                     app.arguments().value(5).toInt());

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Messages overall."),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Folder for the stores and the sync folder."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption rejoinOption(
        QStringLiteral("rejoin"),
        QStringLiteral("Keep the folder the last run published; measure the join and the idle round again."));
    const QCommandLineOption snapshotOption(QStringLiteral("snapshot-every"),
                                            QStringLiteral("Segments between two snapshots."),
                                            QStringLiteral("N"), QString::number(SyncEngine::SnapshotEvery));
    parser.addOptions({messagesOption, dbOption, rejoinOption, snapshotOption});
    parser.process(app);
    snapshotEvery = std::max(1, parser.value(snapshotOption).toInt());

    bench::HistoryShape shape;
    shape.totalMessages = std::max<qint64>(parser.value(messagesOption).toLongLong(), 1000);
    shape.bigSessionMessages = std::max<qint64>(shape.totalMessages / 10, 200);
    const QString base = parser.isSet(dbOption) ? parser.value(dbOption)
                                                : QDir::tempPath() + QStringLiteral("/confab-sync-bench");
    const QString history = base + QStringLiteral("/history-%1").arg(shape.totalMessages);
    const QString first = base + QStringLiteral("/first");
    const QString joining = base + QStringLiteral("/joining");
    const QString folder = base + QStringLiteral("/folder");
    const QString publishFigures = base + QStringLiteral("/publish-figures");
    const bool rejoin = parser.isSet(rejoinOption);

    if (rejoin && !QFileInfo::exists(publishFigures)) {
        std::fprintf(stderr, "--rejoin: no published folder of %lld messages in %s\n", shape.totalMessages,
                     qPrintable(base));
        return 1;
    }
    if (!rejoin && !QFileInfo::exists(history + QStringLiteral("/generated"))) {
        QDir(history).removeRecursively();
        Store store(StoreLocation::inFolder(history));
        QString error;
        if (!store.open().isOpen() || !bench::generateHistory(store, shape, &error)) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(error));
            return 1;
        }
        QFile(history + QStringLiteral("/generated")).open(QIODevice::WriteOnly);
    }
    QDir(joining).removeRecursively();
    // The device that joined last time left an empty folder of its own there; it is gone with its store.
    QDir devices(folder + QStringLiteral("/devices"));
    for (const QString &device : devices.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        devices.rmdir(device);
    if (!rejoin) {
        for (const QString &dir : {first, folder})
            QDir(dir).removeRecursively();
        QFile::remove(publishFigures);
        QDir().mkpath(first);
        QDir().mkpath(folder);
        // The first device works on a copy, so the generated history (its outbox full) is kept for the next
        // run.
        for (const QString &name : QDir(history).entryList(QDir::Files))
            QFile::copy(history + u'/' + name, first + u'/' + name);
    }
    const double storeMb = double(bytesUnder(history)) / (1 << 20);

    QFile keptFigures(publishFigures);
    const auto published =
        rejoin ? (keptFigures.open(QIODevice::ReadOnly) ? parseFigures(keptFigures.readAll()) : std::nullopt)
               : runRound(first, folder, true, publishFigures);
    if (!published)
        return 1;
    bench::report(Bench, QStringLiteral("publish_s"), published->seconds, QStringLiteral("s"));
    bench::report(Bench, QStringLiteral("publish_cpu_s"), published->cpuSeconds, QStringLiteral("s"));
    bench::report(Bench, QStringLiteral("publish_peak_rss_mb"), published->peakMb, QStringLiteral("MB"));
    bench::report(Bench, QStringLiteral("folder_mb"), double(bytesUnder(folder)) / (1 << 20),
                  QStringLiteral("MB"));
    bench::report(Bench, QStringLiteral("store_mb"), storeMb, QStringLiteral("MB"));

    const auto joined = runRound(joining, folder, false);
    if (!joined)
        return 1;
    bench::report(Bench, QStringLiteral("join_s"), joined->seconds, QStringLiteral("s"));
    bench::report(Bench, QStringLiteral("join_cpu_s"), joined->cpuSeconds, QStringLiteral("s"));
    bench::report(Bench, QStringLiteral("join_peak_rss_mb"), joined->peakMb, QStringLiteral("MB"));

    const auto idle = runRound(joining, folder, false);
    if (!idle)
        return 1;
    bench::report(Bench, QStringLiteral("idle_s"), idle->seconds, QStringLiteral("s"));
    bench::report(Bench, QStringLiteral("idle_cpu_s"), idle->cpuSeconds, QStringLiteral("s"));
    bench::report(Bench, QStringLiteral("idle_peak_rss_mb"), idle->peakMb, QStringLiteral("MB"));

    const auto [openSeconds, sealSeconds] = sealingSeconds(folder);
    // Against CPU time, which the load on the machine does not inflate.
    bench::report(Bench, QStringLiteral("publish_seal_share_pct"), 100 * sealSeconds / published->cpuSeconds,
                  QStringLiteral("%"));
    bench::report(Bench, QStringLiteral("join_open_share_pct"), 100 * openSeconds / joined->cpuSeconds,
                  QStringLiteral("%"));
    return 0;
}
