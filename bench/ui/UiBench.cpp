// ui_bench: the real MainWindow over a store holding a 100,000-message session. Prints JSON lines.
//   ui_bench [--quick] [--open-only]   (--quick: a 20,000-message session for a fast check; with --search or
//                                       --transfer, a 100,000-message history)
//   ui_bench --search                  (a 1,000,000-message history, searched in the sidebar for its most
//                                       common word, typed a letter at a time)
//   ui_bench --search --data-dir DIR   (the same, with the history kept in DIR: made there on the first run,
//                                       reused after)
//   ui_bench --transfer [DIR]          (that history exported and imported into an empty store through the
//                                       window's own progress dialog; with DIR, a screenshot of each dialog
//                                       half-way through is saved there: run it under xvfb-run to see them)
#include "BenchReport.h"
#include "HistoryGenerator.h"
#include "MainWindow.h"
#include "chat/ChatView.h"
#include "chat/MessageDelegate.h"
#include "common/AppEnvironment.h"
#include "engine/Backend.h"
#include "models/MessageListModel.h"
#include "sidebar/Sidebar.h"
#include "store/BackgroundSearch.h"
#include "store/SearchIndex.h"
#include "store/Store.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressDialog>
#include <QScreen>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace confab;
using confab::bench::report;

namespace {

const QString Bench = QStringLiteral("ui");

qint64 sessionTitled(Store *store, const QString &title)
{
    for (const Session &session : store->sessions()->list(SessionStatus::Active))
        if (session.title == title)
            return session.id;
    return 0;
}

// How long the GUI thread is ever away from its event loop, by a 1 ms timer that notes the gap between its
// ticks: the longest gap is the longest freeze a user could have felt.
class FreezeProbe
{
public:
    FreezeProbe()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double gap = double(m_sinceTick.nsecsElapsed()) / 1e6;
            if (gap > m_longest) {
                m_longest = gap;
                m_longestEndedAt = double(m_sinceStart.nsecsElapsed()) / 1e9;
            }
            m_sinceTick.restart();
        });
        m_sinceTick.start();
        m_sinceStart.start();
        m_timer.start();
    }
    double longestMs() const { return m_longest; }
    // Seconds from the start to the end of the longest freeze, to tell which step caused it.
    double longestEndedAt() const { return m_longestEndedAt; }
    // The bench's own pause (a screenshot) is not a freeze the window caused.
    void forgetGap() { m_sinceTick.restart(); }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    QElapsedTimer m_sinceStart;
    double m_longest = 0;
    double m_longestEndedAt = 0;
};

// Opens the session and paints the conversation once, the way the user first sees it.
double openAndPaint(ui::MainWindow &window, qint64 sessionId)
{
    ui::ChatView *view = window.chatView();
    window.newChat();
    view->messageDelegate()->clearCaches();
    QApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    window.openSession(sessionId);
    QApplication::processEvents();
    view->viewport()->repaint();
    // Rows measured on their first paint are placed again; the user sees the settled picture.
    QApplication::processEvents();
    view->viewport()->repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}

void benchOpen(ui::MainWindow &window, Store *store)
{
    const qint64 big = sessionTitled(store, bench::BigSessionTitle);
    const qint64 ten = sessionTitled(store, bench::TenSessionTitle);
    QList<double> bigTimes, tenTimes;
    openAndPaint(window, ten); // warm-up: fonts, glyph caches, SQLite pages
    openAndPaint(window, big);
    for (int i = 0; i < 41; ++i) {
        tenTimes << openAndPaint(window, ten);
        bigTimes << openAndPaint(window, big);
    }
    // Only the rows on screen are laid out: the rest of the page gets an estimated height.
    report(Bench, QStringLiteral("rows_laid_out_100k"),
           window.chatView()->messageDelegate()->cachedDocuments(), QStringLiteral("rows"));
    report(Bench, QStringLiteral("rows_loaded_100k"), window.messageModel()->rowCount(),
           QStringLiteral("rows"));
    const double bigMedian = bench::median(bigTimes);
    const double tenMedian = bench::median(tenTimes);
    report(Bench, QStringLiteral("open_paint_100k_ms"), bigMedian, QStringLiteral("ms"));
    report(Bench, QStringLiteral("open_paint_10_ms"), tenMedian, QStringLiteral("ms"));
    report(Bench, QStringLiteral("open_paint_ratio_100k_vs_10"), bigMedian / tenMedian, QStringLiteral("x"));
    report(Bench, QStringLiteral("rss_after_open_mb"), bench::residentMegabytes(), QStringLiteral("MB"));

    // The share of the model (core) in opening: loading the newest page of messages.
    QList<double> bigModel, tenModel;
    for (int i = 0; i < 41; ++i) {
        for (auto [id, times] : {std::pair{ten, &tenModel}, std::pair{big, &bigModel}}) {
            MessageListModel model(store);
            QElapsedTimer timer;
            timer.start();
            model.setSession(id);
            *times << double(timer.nsecsElapsed()) / 1e6;
        }
    }
    report(Bench, QStringLiteral("model_page_load_100k_ms"), bench::median(bigModel), QStringLiteral("ms"));
    report(Bench, QStringLiteral("model_page_load_10_ms"), bench::median(tenModel), QStringLiteral("ms"));
}

void benchScroll(ui::MainWindow &window, Store *store)
{
    window.openSession(sessionTitled(store, bench::BigSessionTitle));
    ui::ChatView *view = window.chatView();
    QApplication::processEvents();
    view->viewport()->repaint();
    MessageListModel *model = window.messageModel();
    const qint64 startId = model->messageAt(model->rowCount() - 1).id;
    QScrollBar *bar = view->verticalScrollBar();
    int frames = 0;
    QElapsedTimer timer;
    timer.start();
    // Scroll up a wheel notch (three lines) per frame until 1,000 rows have gone by.
    while (frames < 20000) {
        bar->setValue(bar->value() - 60);
        QApplication::processEvents();
        view->viewport()->repaint();
        ++frames;
        const QModelIndex top = view->indexAt(QPoint(10, 10));
        if (top.isValid() && startId - model->messageAt(top.row()).id >= 1000)
            break;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    report(Bench, QStringLiteral("scroll_1000_rows_frames"), frames, QStringLiteral("frames"));
    report(Bench, QStringLiteral("scroll_1000_rows_fps"), frames / seconds, QStringLiteral("fps"));
}

void benchStreaming(ui::MainWindow &window, Store *store)
{
    const qint64 session = sessionTitled(store, bench::BigSessionTitle);
    window.openSession(session);
    window.chatView()->jumpToLatest();
    NewMessage pending;
    pending.sessionId = session;
    pending.role = MessageRole::Assistant;
    pending.status = MessageStatus::Pending;
    const std::optional<Message> answer = store->messages()->create(pending);
    store->messages()->beginStreaming(answer->id);
    QApplication::processEvents();

    // 2,000 tokens a second, delivered as the network would: every 5 ms, the tokens due by then.
    const int tokensPerSecond = 2000;
    const int tickMs = 5;
    const int durationMs = 4000;
    int tokens = 0;
    QElapsedTimer streaming;
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    feeder.setInterval(tickMs);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        const qint64 due = streaming.elapsed() * tokensPerSecond / 1000;
        while (tokens < due) {
            const QString token = (tokens % 120 == 119) ? QStringLiteral("\n\n")
                                  : (tokens % 17 == 0)  ? QStringLiteral(" **bold**")
                                                        : QStringLiteral(" word");
            store->messages()->appendContent(answer->id, token);
            ++tokens;
        }
    });

    // The probe: how long a queued event waits before the loop runs it.
    QList<double> latencies;
    QElapsedTimer clock;
    clock.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(4);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 posted = clock.nsecsElapsed();
        QTimer::singleShot(0, &probe, [&latencies, &clock, posted] {
            latencies << double(clock.nsecsElapsed() - posted) / 1e6;
        });
    });
    int paints = 0;
    struct PaintCounter : QObject
    {
        int *count;
        explicit PaintCounter(int *c)
            : count(c)
        {}
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                ++*count;
            return false;
        }
    } counter(&paints);
    window.chatView()->viewport()->installEventFilter(&counter);

    streaming.start();
    feeder.start();
    probe.start();
    QElapsedTimer run;
    run.start();
    while (run.elapsed() < durationMs)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    feeder.stop();
    probe.stop();
    window.chatView()->viewport()->removeEventFilter(&counter);
    store->messages()->finish(answer->id, {});

    report(Bench, QStringLiteral("stream_tokens_per_s"), tokens * 1000.0 / durationMs,
           QStringLiteral("tokens/s"));
    report(Bench, QStringLiteral("stream_event_loop_latency_p50_ms"), bench::median(latencies),
           QStringLiteral("ms"));
    report(Bench, QStringLiteral("stream_event_loop_latency_p99_ms"), bench::percentile(latencies, 99),
           QStringLiteral("ms"));
    report(Bench, QStringLiteral("stream_frames_painted_per_s"), paints * 1000.0 / durationMs,
           QStringLiteral("fps"));
    report(Bench, QStringLiteral("stream_answer_chars"), store->messages()->get(answer->id)->content.size(),
           QStringLiteral("chars"));
}

// The most common word of the history typed into the sidebar's search a letter at a time, 120 ms apart as a
// quick typist would, while a 1 ms timer measures how long the GUI thread is ever away from its event loop.
// The first results count from the keystroke that completes the word to the first hit painted for it; the
// complete results, to the prefix search's hits painted. The breakdown says where that time goes: the
// worker's queries alone, the keystroke to the worker's answer reaching the GUI thread, and the GUI thread's
// share (the hits put in the list and painted).
void benchSearch(ui::MainWindow &window, Store *store)
{
    const QString word = bench::vocabularyWord(0);
    QLineEdit *box = window.sidebar()->searchBox();
    QListWidget *hits = window.sidebar()->searchResults();
    // A first search builds the results list and the search's worker (the sidebar makes both on first use).
    box->setText(word);
    QElapsedTimer warming;
    warming.start();
    while (hits->count() == 0 && warming.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    auto *worker = window.sidebar()->findChild<BackgroundSearch *>();
    QList<double> blocks, firstResults, completeResults, firstDelivered, showAndPaint;
    for (int round = 0; round < 7; ++round) {
        box->clear();
        QApplication::processEvents();
        QObject context;
        const FreezeProbe probe;
        QElapsedTimer sinceLastKey;
        bool painted = false;
        bool completePainted = false;
        // The worker's answer reaches the GUI thread as a queued call on the BackgroundSearch object: noted
        // as it arrives, before the sidebar handles it.
        double arrivedMs = 0;
        struct ArrivalProbe : QObject
        {
            std::function<void()> noted;
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::MetaCall)
                    noted();
                return false;
            }
        } arrival;
        arrival.noted = [&] {
            if (sinceLastKey.isValid())
                arrivedMs = double(sinceLastKey.nsecsElapsed()) / 1e6;
        };
        worker->installEventFilter(&arrival);
        QObject::connect(worker, &BackgroundSearch::finished, &context, [&](const SearchResult &result) {
            if (result.query.text != word || !sinceLastKey.isValid() || hits->count() == 0)
                return;
            if (!painted || (result.complete && !completePainted)) {
                hits->viewport()->repaint();
                const double ms = double(sinceLastKey.nsecsElapsed()) / 1e6;
                if (!painted) {
                    firstDelivered << arrivedMs;
                    showAndPaint << ms - arrivedMs;
                    firstResults << ms;
                    painted = true;
                }
                if (result.complete) {
                    completeResults << ms;
                    completePainted = true;
                }
            }
        });
        for (const QChar letter : word) {
            box->insert(QString(letter));
            if (box->text() == word)
                sinceLastKey.start();
            QElapsedTimer pause;
            pause.start();
            while (pause.elapsed() < 120)
                QApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        QElapsedTimer wait;
        wait.start();
        while (!completePainted && wait.elapsed() < 10000)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        worker->removeEventFilter(&arrival);
        blocks << probe.longestMs();
    }
    report(Bench, QStringLiteral("search_common_word_gui_block_ms"), bench::median(blocks),
           QStringLiteral("ms"));
    report(Bench, QStringLiteral("search_common_word_results_ms"), bench::median(firstResults),
           QStringLiteral("ms"));
    report(Bench, QStringLiteral("search_common_word_complete_results_ms"), bench::median(completeResults),
           QStringLiteral("ms"));
    report(Bench, QStringLiteral("search_breakdown_key_to_first_delivery_ms"), bench::median(firstDelivered),
           QStringLiteral("ms"));
    report(Bench, QStringLiteral("search_breakdown_gui_show_and_paint_ms"), bench::median(showAndPaint),
           QStringLiteral("ms"));

    // The worker's queries alone, on a connection of their own, as BackgroundSearch runs them.
    const SearchIndex &index = store->search();
    const auto time = [](const std::function<void()> &work) {
        QList<double> times;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer timer;
            timer.start();
            work();
            times << double(timer.nsecsElapsed()) / 1e6;
        }
        return bench::median(times);
    };
    SearchQuery query{word, SessionStatus::Active, 50, 0, SearchOrder::Newest, false};
    report(Bench, QStringLiteral("search_breakdown_whole_word_page_ms"), time([&] { index.page(query); }),
           QStringLiteral("ms"));
    query.prefixLastWord = true;
    report(Bench, QStringLiteral("search_breakdown_prefix_page_ms"), time([&] { index.page(query); }),
           QStringLiteral("ms"));
    report(Bench, QStringLiteral("search_breakdown_matching_sessions_ms"),
           time([&] { index.matchingSessions(word, SessionStatus::Active); }), QStringLiteral("ms"));
}

// Runs one export or import the way the File menu starts it and waits for its progress dialog to close,
// saving a screenshot of the screen once the dialog is a third of the way through. Returns the seconds taken
// and the longest GUI-thread freeze.
std::pair<double, double> runTransfer(ui::MainWindow &window, const std::function<void()> &start,
                                      const QString &screenshot)
{
    // The window's own first paint and deferred start-up work are not the transfer's doing.
    QElapsedTimer settling;
    settling.start();
    while (settling.elapsed() < 1000)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    FreezeProbe probe;
    QElapsedTimer timer;
    timer.start();
    start();
    QPointer<QProgressDialog> dialog = window.findChild<QProgressDialog *>();
    bool shot = screenshot.isEmpty();
    while (dialog) {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!shot && dialog && dialog->isVisible() && dialog->value() >= dialog->maximum() / 3) {
            dialog->repaint();
            QGuiApplication::primaryScreen()->grabWindow(0).save(screenshot);
            probe.forgetGap();
            shot = true;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    // The window takes in what changed (the sidebar reload, the change watcher's next look) after the dialog
    // has gone; a freeze then counts too.
    QElapsedTimer after;
    after.start();
    while (after.elapsed() < 2000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    std::fprintf(stderr, "ui_bench: longest freeze %.1f ms, ending %.2f s into %.2f s (+2 s after)\n",
                 probe.longestMs(), probe.longestEndedAt(), seconds);
    return {seconds, probe.longestMs()};
}

// The whole history exported to a folder from this window, then imported into an empty store in a second
// window, each through the window's progress dialog while a user could keep working.
void benchTransfer(ui::MainWindow &window, const QString &home, const QString &screenshots)
{
    const QString folder = home + QStringLiteral("/export");
    const auto [exportSeconds, exportFreeze] = runTransfer(
        window, [&] { window.exportHistory(folder); },
        screenshots.isEmpty() ? QString() : screenshots + QStringLiteral("/transfer-export.png"));
    report(Bench, QStringLiteral("window_export_s"), exportSeconds, QStringLiteral("s"));
    report(Bench, QStringLiteral("window_export_gui_block_ms"), exportFreeze, QStringLiteral("ms"));
    const QString exportSaid = window.statusBar()->currentMessage();
    window.hide();

    Backend empty(AppEnvironment::inFolder(home + QStringLiteral("/imported")));
    const OpenResult opened = empty.open();
    ui::MainWindow importer(&empty, opened);
    importer.resize(1100, 760);
    importer.show();
    QApplication::processEvents();
    const auto [importSeconds, importFreeze] = runTransfer(
        importer, [&] { importer.importHistory(folder + QStringLiteral("/history.json")); },
        screenshots.isEmpty() ? QString() : screenshots + QStringLiteral("/transfer-import.png"));
    report(Bench, QStringLiteral("window_import_s"), importSeconds, QStringLiteral("s"));
    report(Bench, QStringLiteral("window_import_gui_block_ms"), importFreeze, QStringLiteral("ms"));
    std::fprintf(stderr, "ui_bench: export said \"%s\"; import said \"%s\"\n", qPrintable(exportSaid),
                 qPrintable(importer.statusBar()->currentMessage()));
    if (!screenshots.isEmpty()) {
        QApplication::processEvents();
        QGuiApplication::primaryScreen()->grabWindow(0).save(screenshots +
                                                             QStringLiteral("/transfer-done.png"));
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const bool search = app.arguments().contains(QStringLiteral("--search"));
    const qsizetype transferAt = app.arguments().indexOf(QStringLiteral("--transfer"));
    const bool transfer = transferAt > 0;
    const qsizetype dataAt = app.arguments().indexOf(QStringLiteral("--data-dir"));
    const QString data = dataAt > 0 && dataAt + 1 < app.arguments().size()
                             ? QDir(app.arguments().at(dataAt + 1)).absolutePath()
                             : home.path() + QStringLiteral("/data");
    Backend backend(AppEnvironment::inFolder(data));
    const OpenResult opened = backend.open();
    if (!opened.isOpen()) {
        std::fprintf(stderr, "ui_bench: store did not open: %s\n", qPrintable(opened.message));
        return 1;
    }
    bench::HistoryShape shape;
    shape.bigSessionMessages = quick ? 20'000 : 100'000;
    shape.totalMessages = search || transfer ? (quick ? 100'000 : 1'000'000) : shape.bigSessionMessages + 110;
    if (backend.store()->sessions()->list(SessionStatus::Active).isEmpty()) {
        QString error;
        QElapsedTimer generation;
        generation.start();
        if (!bench::generateHistory(*backend.store(), shape, &error)) {
            std::fprintf(stderr, "ui_bench: %s\n", qPrintable(error));
            return 1;
        }
        std::fprintf(stderr, "ui_bench: history of %lld messages made in %.1f s\n", shape.totalMessages,
                     generation.elapsed() / 1000.0);
    }

    ui::MainWindow window(&backend, opened);
    window.resize(1100, 760);
    window.show();
    QElapsedTimer exposing;
    exposing.start();
    while (!(window.windowHandle() && window.windowHandle()->isExposed()) && exposing.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    if (search) {
        benchSearch(window, backend.store());
        return 0;
    }
    if (transfer) {
        const QString screenshots = transferAt + 1 < app.arguments().size()
                                        ? QDir(app.arguments().at(transferAt + 1)).absolutePath()
                                        : QString();
        benchTransfer(window, home.path(), screenshots);
        return 0;
    }
    benchOpen(window, backend.store());
    if (app.arguments().contains(QStringLiteral("--open-only")))
        return 0;
    benchScroll(window, backend.store());
    benchStreaming(window, backend.store());
    return 0;
}
