// MCP figures through the real engine: the local OpenRouter server streams an answer that calls the test
// server's `stamp` tool; the time runs from that stream's finished() (the tool call complete in the stream)
// to the tools/call request being read by the MCP server, both on CLOCK_MONOTONIC, which the two processes
// share. Then the memory 10 connected stdio servers (McpConnections, as the app keeps them) cost this
// process.
#include "BenchReport.h"
#include "engine/Backend.h"
#include "engine/ConversationEngine.h"
#include "keys/KeyStore.h"
#include "mcp/McpConnections.h"
#include "openrouter/ChatProvider.h"
#include "openrouter/OpenRouterClient.h"
#include "openrouter/OpenRouterServer.h"
#include "settings/Settings.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <time.h>

using namespace confab;

namespace {

qint64 monotonicNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

bool spinUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return condition();
}

// OpenRouter as the engine sees it, noting when each stream finishes before anyone else hears of it.
class TimedProvider : public ChatProvider
{
public:
    explicit TimedProvider(ChatProvider *inner)
        : m_inner(inner)
    {}
    ChatReply *streamChat(const ChatRequest &request) override
    {
        ChatReply *reply = m_inner->streamChat(request);
        QObject::connect(reply, &ChatReply::finished, reply, [this](const ChatResult &result) {
            // The stream that asked for the call; the one after it (the final words) is not timed.
            if (!result.toolCalls.isEmpty())
                lastFinishedNs = monotonicNs();
        });
        return reply;
    }
    QUrl endpoint() const override { return m_inner->endpoint(); }
    QString name() const override { return m_inner->name(); }

    qint64 lastFinishedNs = 0;

private:
    ChatProvider *m_inner;
};

void addServer(McpConnections *mcp, const QString &name)
{
    McpServerConfig config;
    config.name = name;
    config.command = QStringLiteral(CONFAB_MCP_TEST_SERVER);
    config.arguments = {QStringLiteral("well")};
    mcp->serverList().save(config);
    mcp->approvals().setTrusted(name, true);
}

void callLatency(Backend &backend)
{
    // Forty answers in a row would meet the default requests-a-minute limit.
    backend.settings()->setValue(SettingKey::RequestsPerMinute, 0);
    TimedProvider provider(backend.openRouter());
    ConversationEngine engine({backend.store(), backend.settings(), backend.keys(), &provider, backend.fal(),
                               backend.models(), backend.mcp()});
    addServer(backend.mcp(), QStringLiteral("bench"));
    QList<double> millis;
    for (int i = 0; i < 40; ++i) {
        TurnRequest request;
        request.mode = GenerationMode::Text;
        request.prompt = QStringLiteral(R"([call:bench__stamp]{"path":"/tmp/x","depth":2}[/call])");
        request.toolServers = QStringList{QStringLiteral("bench")};
        const SendOutcome sent = engine.send(request);
        if (!sent)
            qFatal("the turn was refused: %s", qPrintable(sent.message));
        if (!spinUntil([&] { return !engine.isBusy(sent.sessionId); }, 30000))
            qFatal("the turn did not finish");
        const auto answer = backend.store()->messages()->get(sent.assistantMessageId);
        if (!answer || answer->metadata.toolCalls.size() != 1)
            qFatal("the tool was not called: %s", qPrintable(answer ? answer->metadata.error : QString()));
        const qint64 readAt = answer->metadata.toolCalls.first().resultText.toLongLong();
        // The first call waited for the server to start: not what is measured.
        if (i > 0)
            millis.append(double(readAt - provider.lastFinishedNs) / 1e6);
    }
    bench::report(QStringLiteral("mcp"), QStringLiteral("stream_tool_call_to_server_median"),
                  bench::median(millis), QStringLiteral("ms"));
    bench::report(QStringLiteral("mcp"), QStringLiteral("stream_tool_call_to_server_p99"),
                  bench::percentile(millis, 0.99), QStringLiteral("ms"));
    backend.mcp()->stopAll();
}

void memoryWithTenServers(Backend &backend)
{
    McpConnections *mcp = backend.mcp();
    QStringList names;
    for (int i = 0; i < 10; ++i) {
        names << QStringLiteral("server%1").arg(i);
        addServer(mcp, names.last());
    }
    const double before = bench::residentMegabytes();
    mcp->start(names);
    bool settled = false;
    mcp->whenSettled(names, 30000, [&] { settled = true; });
    spinUntil([&] { return settled; }, 35000);
    int ready = 0;
    for (const QString &name : std::as_const(names))
        ready += mcp->status(name).state == McpServerStatus::State::Ready ? 1 : 0;
    if (ready != 10)
        qFatal("only %d of 10 servers came up", ready);
    bench::report(QStringLiteral("mcp"), QStringLiteral("rss_growth_10_servers"),
                  bench::residentMegabytes() - before, QStringLiteral("MiB"));
    mcp->stopAll();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    testserver::OpenRouterServer openRouter;
    if (!openRouter.listen())
        qFatal("the local OpenRouter server did not start");
    openRouter.setTokenDelayMs(0);
    AppEnvironment environment = AppEnvironment::inFolder(dir.filePath(QStringLiteral("data")));
    environment.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    environment.keychainService = QStringLiteral("Confab-bench-mcp");
    environment.openRouterUrl = openRouter.baseUrl();
    environment.keySource.insert(QStringLiteral("OPENROUTER_API_KEY"), QStringLiteral("sk-or-v1-bench"));
    Backend backend(environment);
    if (!backend.open().isOpen())
        qFatal("the store did not open");
    spinUntil([&] { return backend.keys()->isLoaded(); }, 10000);
    callLatency(backend);
    memoryWithTenServers(backend);
    return 0;
}
