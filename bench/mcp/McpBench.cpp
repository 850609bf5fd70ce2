// MCP figures: how long a tool call the model finished takes to leave Confab as tools/call (from the function
// name and argument text to the request read by the server, on CLOCK_MONOTONIC, which both processes share),
// and what 10 connected stdio servers cost this process in memory.
#include "BenchReport.h"
#include "mcp/McpClient.h"
#include "mcp/McpToolNames.h"
#include "mcp/StdioTransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include <memory>
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

std::unique_ptr<McpClient> connect(const QString &server)
{
    auto client = std::make_unique<McpClient>(new StdioTransport({server, {QStringLiteral("well")}}),
                                              McpClientOptions{});
    client->start();
    if (!spinUntil([&] { return client->state() == McpClient::State::Ready; }, 10000))
        qFatal("the MCP test server did not start");
    return client;
}

void callLatency(const QString &server)
{
    auto client = connect(server);
    McpToolNames names;
    McpTool stamp;
    stamp.name = QStringLiteral("stamp");
    names.addServer(QStringLiteral("bench"), {stamp});
    const QString function = McpToolNames::functionName(QStringLiteral("bench"), QStringLiteral("stamp"));
    const QByteArray argumentText = R"({"path":"/tmp/x","depth":2})";

    QList<double> millis;
    for (int i = 0; i < 200; ++i) {
        bool done = false;
        qint64 arrived = 0;
        const qint64 start = monotonicNs();
        // What the engine does with a finished call: find the tool, read the arguments, send.
        const McpToolNames::Target *target = names.target(function);
        const QJsonObject arguments = QJsonDocument::fromJson(argumentText).object();
        client->callTool(target->tool.name, arguments, [&](const McpToolResult &result, const QString &) {
            arrived = result.textForModel().toLongLong();
            done = true;
        });
        spinUntil([&] { return done; }, 5000);
        millis.append(double(arrived - start) / 1e6);
    }
    bench::report(QStringLiteral("mcp"), QStringLiteral("tool_call_to_server_median"), bench::median(millis),
                  QStringLiteral("ms"));
    bench::report(QStringLiteral("mcp"), QStringLiteral("tool_call_to_server_p99"),
                  bench::percentile(millis, 0.99), QStringLiteral("ms"));
}

void memoryWithTenServers(const QString &server)
{
    const double before = bench::residentMegabytes();
    std::vector<std::unique_ptr<McpClient>> clients;
    int listed = 0;
    for (int i = 0; i < 10; ++i) {
        clients.push_back(connect(server));
        clients.back()->listTools([&](const QList<McpTool> &, const QString &) { ++listed; });
    }
    spinUntil([&] { return listed == 10; }, 10000);
    bench::report(QStringLiteral("mcp"), QStringLiteral("rss_growth_10_servers"),
                  bench::residentMegabytes() - before, QStringLiteral("MiB"));
    for (auto &client : clients)
        client->stop();
    spinUntil(
        [&] {
            for (auto &client : clients) {
                if (client->state() != McpClient::State::Closed)
                    return false;
            }
            return true;
        },
        10000);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString server = QStringLiteral(CONFAB_MCP_TEST_SERVER);
    callLatency(server);
    memoryWithTenServers(server);
    return 0;
}
