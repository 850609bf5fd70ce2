// soak_bench: one process answers 2,000 turns against the local OpenRouter and fal servers, the way a long
// working day would, and reports how much its resident memory grows per 1,000 turns after a warm-up. A
// provider call or job kept alive after its turn (with its request body and images) shows up here as steady
// growth.
//
// Usage: soak_bench [TURNS]   (default 2000; a new chat every 20 turns, a Text → Image turn every tenth)
#include "BenchReport.h"
#include "FalServer.h"
#include "OpenRouterServer.h"
#include "common/AppEnvironment.h"
#include "engine/Backend.h"
#include "engine/ConversationEngine.h"
#include "fal/FalClient.h"
#include "keys/KeyStore.h"
#include "openrouter/OpenRouterClient.h"
#include "settings/Settings.h"
#include "store/MessageStore.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace confab;

namespace {

constexpr int TurnsPerChat = 20;
constexpr int ImageEvery = 10;
constexpr int WarmUpTurns = 200;

// Runs the event loop until `done` holds or `timeoutMs` passes.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int turns = argc > 1 ? std::max(WarmUpTurns + 100, QByteArray(argv[1]).toInt()) : 2000;

    QTemporaryDir dir;
    testserver::OpenRouterServer openRouterServer;
    testserver::FalServer falServer;
    if (!dir.isValid() || !openRouterServer.listen() || !falServer.listen()) {
        std::fprintf(stderr, "soak_bench: could not start the local servers\n");
        return 1;
    }
    openRouterServer.setTokenDelayMs(0);
    falServer.setStepDelayMs(0);

    AppEnvironment environment = AppEnvironment::inFolder(dir.filePath(QStringLiteral("data")));
    environment.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    environment.keychainService = QStringLiteral("Confab-soak-bench");
    environment.openRouterUrl = openRouterServer.baseUrl();
    environment.falQueueUrl = falServer.baseUrl();
    environment.falStorageUrl = falServer.baseUrl();
    environment.keySource.insert(QStringLiteral("OPENROUTER_API_KEY"), QStringLiteral("sk-or-v1-soak"));
    environment.keySource.insert(QStringLiteral("FAL_KEY"), QStringLiteral("soak-id:soak-secret"));

    Backend backend(environment);
    if (!backend.open().isOpen()) {
        std::fprintf(stderr, "soak_bench: the store did not open\n");
        return 1;
    }
    // A day of work, not a test of the limits: no rate limit, and fal polled quickly.
    backend.settings()->setValue(SettingKey::RequestsPerMinute, 0);
    FalTuning tuning;
    tuning.pollIntervalMs = 5;
    tuning.pollMaxIntervalMs = 20;
    backend.fal()->setTuning(tuning);
    spinUntil([&] { return backend.keys()->isLoaded(); }, 10000);

    ConversationEngine *engine = backend.engine();
    int finished = 0;
    int failed = 0;
    QObject::connect(engine, &ConversationEngine::turnFinished, &app,
                     [&](qint64, qint64, bool succeeded, const QString &) {
                         ++finished;
                         failed += succeeded ? 0 : 1;
                     });

    qint64 sessionId = 0;
    double warmRss = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 warmMs = 0;
    for (int turn = 0; turn < turns; ++turn) {
        if (turn % TurnsPerChat == 0)
            sessionId = 0;
        TurnRequest request;
        request.sessionId = sessionId;
        const bool picture = turn % ImageEvery == ImageEvery - 1;
        request.mode = picture ? GenerationMode::TextToImage : GenerationMode::Text;
        request.prompt = picture ? QStringLiteral("A lighthouse at dusk, turn %1").arg(turn)
                                 : QStringLiteral("Tell me something about the number %1").arg(turn);
        const int before = finished;
        const SendOutcome outcome = engine->send(request);
        if (!outcome) {
            std::fprintf(stderr, "soak_bench: turn %d refused: %s\n", turn, qPrintable(outcome.message));
            return 1;
        }
        sessionId = outcome.sessionId;
        if (!spinUntil([&] { return finished > before && !engine->isBusy(sessionId); }, 60000)) {
            std::fprintf(stderr, "soak_bench: turn %d never finished\n", turn);
            return 1;
        }
        // Titles and deferred deletes settle before the figure is taken.
        if (turn + 1 == WarmUpTurns) {
            spinUntil([] { return false; }, 300);
            warmRss = bench::residentMegabytes();
            warmMs = clock.elapsed();
        }
    }
    spinUntil([] { return false; }, 300);
    const double endRss = bench::residentMegabytes();
    const double measuredTurns = turns - WarmUpTurns;
    const QString bench = QStringLiteral("soak");
    bench::report(bench, QStringLiteral("turns"), turns, QStringLiteral("turns"));
    bench::report(bench, QStringLiteral("failed_turns"), failed, QStringLiteral("turns"));
    bench::report(bench, QStringLiteral("rss_after_warmup_mb"), warmRss, QStringLiteral("MB"));
    bench::report(bench, QStringLiteral("rss_end_mb"), endRss, QStringLiteral("MB"));
    bench::report(bench, QStringLiteral("rss_growth_mb_per_1000_turns"),
                  (endRss - warmRss) * 1000.0 / measuredTurns, QStringLiteral("MB"));
    bench::report(bench, QStringLiteral("turns_per_s"),
                  measuredTurns * 1000.0 / double(clock.elapsed() - warmMs), QStringLiteral("turns/s"));
    return failed == 0 ? 0 : 1;
}
