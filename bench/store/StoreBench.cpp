// store_bench: the local store at the size of a long-time user's history.
//
//   open_ms_100k / open_ms_100 / open_ms_10  median time to open a session's newest page in the message model
//   open_ratio_100k_vs_10 (target <= 1.2), open_ratio_100k_vs_100 (same page size, so the session length
//   alone) search_ms        median over varied FTS queries across all messages (target < 50 ms)
//   stream_updates_per_s  token appends per second with batched writes and a model attached (target >= 2000)
//   stream_append_max_ms  the longest single appendContent call (the disk is never written per token)
//   stream_max_stall_ms   the longest gap between two appends, batched writes and event processing included
//   rss_mb           resident memory after opening the 100k session (target < 80 MB)
//   search_common_word_page_ms  the first page of hits for the most common word (target < 50 ms)
//   export_s / export_peak_rss_mb  `confab export --format json` of the whole history, as a child process
//   import_s / import_peak_rss_mb  `confab import` of that export into an empty store (target < 400 MB)
//
// Usage: store_bench [--messages N] [--db DIR] [--confab PATH] [--no-transfer]. The history is generated once
// per size into DIR (default: a folder under the system temp dir) by a child process, so this process's
// memory holds only what opening costs.

#include "BenchReport.h"
#include "HistoryGenerator.h"
#include "models/MessageListModel.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace confab;

namespace {

const QString Bench = QStringLiteral("store");

qint64 sessionNamed(Store &store, const QString &title)
{
    for (const Session &session : store.sessions()->list(SessionStatus::Active)) {
        if (session.title == title)
            return session.id;
    }
    return 0;
}

double openMs(Store &store, qint64 sessionId)
{
    QElapsedTimer timer;
    timer.start();
    MessageListModel model(&store);
    model.setSession(sessionId);
    const bool shown = model.rowCount() > 0 && !model.index(model.rowCount() - 1).data().toString().isEmpty();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return shown ? ms : -1;
}

QStringList searchQueries()
{
    QStringList queries;
    for (int rank : {150, 300, 600, 1200, 2500, 5000, 9000, 15000})
        queries << bench::vocabularyWord(rank);
    for (auto [a, b] : {std::pair{40, 900}, {120, 700}, {250, 3000}, {500, 8000}})
        queries << bench::vocabularyWord(a) + QLatin1Char(' ') + bench::vocabularyWord(b);
    for (int rank : {400, 2000, 7000})
        queries << bench::vocabularyWord(rank).left(bench::vocabularyWord(rank).size() - 1);
    queries << QStringLiteral("\"") + bench::vocabularyWord(1000)
            << bench::vocabularyWord(800) + QStringLiteral(" -*")
            << QStringLiteral("NEAR(") + bench::vocabularyWord(3000);
    return queries;
}

int generate(const QString &dir, const bench::HistoryShape &shape)
{
    QDir(dir).removeRecursively();
    Store store(StoreLocation::inFolder(dir));
    const OpenResult opened = store.open();
    if (!opened.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!bench::generateHistory(store, shape, &error)) {
        std::fprintf(stderr, "generation failed: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stderr, "generated %lld messages in %.1f s\n", shape.totalMessages,
                 timer.elapsed() / 1000.0);
    return 0;
}

// Runs `program` as this process's only child and prints its peak resident memory (MB) on stdout: the
// getrusage figure for children covers every child ever waited for, so a fresh intermediate process keeps
// the generator's and other children's peaks out of it.
int measureChild(const QString &program, const QStringList &arguments)
{
    const int code = QProcess::execute(program, arguments);
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    std::printf("%.1f\n", double(usage.ru_maxrss) / 1024.0);
#endif
    return code;
}

// Seconds and peak MB of one `confab` command, or nothing when it failed.
std::optional<std::pair<double, double>> runConfab(const QString &confab, const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--measure-child"), confab} + arguments);
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        return std::nullopt;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    return std::pair{seconds, lines.last().toDouble()};
}

void measureTransfer(const QString &confab, const QString &dir)
{
    const QString exported = dir + QStringLiteral("-export");
    const QString imported = dir + QStringLiteral("-imported");
    QDir(exported).removeRecursively();
    QDir(imported).removeRecursively();
    const auto exportRun = runConfab(confab, {QStringLiteral("export"), QStringLiteral("--data-dir"), dir,
                                              QStringLiteral("--format"), QStringLiteral("json"),
                                              QStringLiteral("--out"), exported});
    if (!exportRun) {
        std::fprintf(stderr, "confab export failed\n");
        return;
    }
    bench::report(Bench, QStringLiteral("export_s"), exportRun->first, QStringLiteral("s"));
    bench::report(Bench, QStringLiteral("export_peak_rss_mb"), exportRun->second, QStringLiteral("MB"));
    const auto importRun =
        runConfab(confab, {QStringLiteral("import"), QStringLiteral("--data-dir"), imported, exported});
    if (!importRun) {
        std::fprintf(stderr, "confab import failed\n");
        return;
    }
    bench::report(Bench, QStringLiteral("import_s"), importRun->first, QStringLiteral("s"));
    bench::report(Bench, QStringLiteral("import_peak_rss_mb"), importRun->second, QStringLiteral("MB"));
    QDir(exported).removeRecursively();
    QDir(imported).removeRecursively();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--measure-child") == 0) {
        QCoreApplication app(argc, argv);
        QStringList arguments = app.arguments().mid(3);
        return measureChild(app.arguments().at(2), arguments);
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Messages overall."),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Folder to keep the generated store."), QStringLiteral("DIR"));
    const QCommandLineOption generateOption(QStringLiteral("generate-only"),
                                            QStringLiteral("Only generate the store (used internally)."));
    const QCommandLineOption confabOption(
        QStringLiteral("confab"), QStringLiteral("The confab executable for the export and import figures."),
        QStringLiteral("PATH"), QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/confab"));
    const QCommandLineOption noTransferOption(QStringLiteral("no-transfer"),
                                              QStringLiteral("Skip the export and import figures."));
    parser.addOptions({messagesOption, dbOption, generateOption, confabOption, noTransferOption});
    parser.process(app);

    bench::HistoryShape shape;
    shape.totalMessages = std::max<qint64>(parser.value(messagesOption).toLongLong(), 1000);
    shape.bigSessionMessages = std::max<qint64>(shape.totalMessages / 10, 200);
    const QString base = parser.isSet(dbOption) ? parser.value(dbOption)
                                                : QDir::tempPath() + QStringLiteral("/confab-store-bench");
    const QString dir = base + QStringLiteral("/messages-%1").arg(shape.totalMessages);
    const QString marker = dir + QStringLiteral("/generated");

    if (parser.isSet(generateOption))
        return generate(dir, shape);

    if (!QFileInfo::exists(marker)) {
        const int code =
            QProcess::execute(QCoreApplication::applicationFilePath(),
                              {QStringLiteral("--generate-only"), QStringLiteral("--messages"),
                               QString::number(shape.totalMessages), QStringLiteral("--db"), base});
        if (code != 0)
            return 1;
        QFile(marker).open(QIODevice::WriteOnly);
    }

    Store store(StoreLocation::inFolder(dir));
    QElapsedTimer openTimer;
    openTimer.start();
    const OpenResult opened = store.open();
    // Opening the file includes the integrity check and crash recovery the app runs at every start.
    const double storeOpenMs = static_cast<double>(openTimer.nsecsElapsed()) / 1e6;
    if (!opened.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    bench::report(Bench, QStringLiteral("store_open_ms"), storeOpenMs, QStringLiteral("ms"));
    const qint64 big = sessionNamed(store, bench::BigSessionTitle);
    const qint64 hundred = sessionNamed(store, bench::HundredSessionTitle);
    const qint64 ten = sessionNamed(store, bench::TenSessionTitle);

    // Warm the statement and page caches once, then alternate so neither side profits from order.
    openMs(store, big);
    openMs(store, ten);
    QList<double> bigTimes, hundredTimes, tenTimes;
    for (int i = 0; i < 30; ++i) {
        bigTimes << openMs(store, big);
        hundredTimes << openMs(store, hundred);
        tenTimes << openMs(store, ten);
    }
    MessageListModel opened100k(&store);
    opened100k.setSession(big);
    const double rss = bench::residentMegabytes();

    const double openBig = bench::median(bigTimes);
    const double openHundred = bench::median(hundredTimes);
    const double openTen = bench::median(tenTimes);
    bench::report(Bench, QStringLiteral("open_ms_%1").arg(shape.bigSessionMessages), openBig,
                  QStringLiteral("ms"));
    bench::report(Bench, QStringLiteral("open_ms_100"), openHundred, QStringLiteral("ms"));
    bench::report(Bench, QStringLiteral("open_ms_10"), openTen, QStringLiteral("ms"));
    bench::report(Bench, QStringLiteral("open_ratio_big_vs_10"), openBig / openTen, QStringLiteral("ratio"));
    bench::report(Bench, QStringLiteral("open_ratio_big_vs_100"), openBig / openHundred,
                  QStringLiteral("ratio"));
    bench::report(Bench, QStringLiteral("rss_mb"), rss, QStringLiteral("MB"));

    QList<double> searchTimes;
    const QStringList queries = searchQueries();
    for (int round = 0; round < 3; ++round) {
        for (const QString &query : queries) {
            QElapsedTimer timer;
            timer.start();
            store.search().search(query);
            searchTimes << double(timer.nsecsElapsed()) / 1e6;
        }
    }
    bench::report(Bench, QStringLiteral("search_ms"), bench::median(searchTimes), QStringLiteral("ms"));
    bench::report(Bench, QStringLiteral("search_p95_ms"), bench::percentile(searchTimes, 0.95),
                  QStringLiteral("ms"));
    QList<double> commonTimes;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        store.search().search(bench::vocabularyWord(0), SessionStatus::Active, 20);
        commonTimes << double(timer.nsecsElapsed()) / 1e6;
    }
    bench::report(Bench, QStringLiteral("search_common_word_page_ms"), bench::median(commonTimes),
                  QStringLiteral("ms"));

    // Answers of 2,000 tokens streamed back to back for three seconds, into a session shown in a model.
    const Session streamed = store.sessions()->create(QStringLiteral("Streaming bench")).value();
    MessageListModel shown(&store);
    shown.setSession(streamed.id);
    qint64 appended = 0;
    double maxStallMs = 0;
    double maxAppendMs = 0;
    QElapsedTimer total;
    total.start();
    QElapsedTimer sinceLast;
    sinceLast.start();
    while (total.elapsed() < 3000) {
        NewMessage answer;
        answer.sessionId = streamed.id;
        answer.role = MessageRole::Assistant;
        answer.status = MessageStatus::Pending;
        const qint64 id = store.messages()->create(answer)->id;
        for (int token = 0; token < 2000; ++token) {
            QElapsedTimer call;
            call.start();
            store.messages()->appendContent(id, QStringLiteral(" token"));
            maxAppendMs = std::max(maxAppendMs, double(call.nsecsElapsed()) / 1e6);
            ++appended;
            if (token % 10 == 0)
                QCoreApplication::processEvents();
            maxStallMs = std::max(maxStallMs, double(sinceLast.nsecsElapsed()) / 1e6);
            sinceLast.restart();
        }
        store.messages()->finish(id, {});
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    bench::report(Bench, QStringLiteral("stream_updates_per_s"), double(appended) / seconds,
                  QStringLiteral("1/s"));
    bench::report(Bench, QStringLiteral("stream_append_max_ms"), maxAppendMs, QStringLiteral("ms"));
    bench::report(Bench, QStringLiteral("stream_max_stall_ms"), maxStallMs, QStringLiteral("ms"));
    store.sessions()->purge(streamed.id);
    store.messages()->flush();

    if (!parser.isSet(noTransferOption))
        measureTransfer(parser.value(confabOption), dir);
    return 0;
}
