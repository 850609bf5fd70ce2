// The client the official MCP conformance runner drives (`conformance client --command ... --scenario NAME`):
// it gets the scenario in MCP_CONFORMANCE_SCENARIO and the server's URL as its last argument, and does what
// the scenario's server expects of a client, through core/mcp exactly as Confab uses it.
#include "mcp/ElicitationForm.h"
#include "mcp/HttpTransport.h"
#include "mcp/McpClient.h"

#include <QCoreApplication>
#include <QHash>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace confab;

namespace {

struct ToolCall
{
    QString tool;
    QJsonObject arguments;
};

// What each client scenario of the suite asks for once the session is up (src/scenarios/client/ in the
// conformance repository). A scenario not listed only initializes and lists tools.
const QHash<QString, ToolCall> &scenarioCalls()
{
    static const QHash<QString, ToolCall> calls{
        {QStringLiteral("tools_call"), {QStringLiteral("add_numbers"), {{"a", 5}, {"b", 3}}}},
        {QStringLiteral("elicitation-sep1034-client-defaults"),
         {QStringLiteral("test_client_elicitation_defaults"), {}}},
        {QStringLiteral("sse-retry"), {QStringLiteral("test_reconnection"), {}}},
    };
    return calls;
}

void finish(McpClient &client, int code, const QString &message)
{
    std::fprintf(code == 0 ? stdout : stderr, "%s\n", qPrintable(message));
    QObject::connect(&client, &McpClient::closed, qApp, [code] { QCoreApplication::exit(code); });
    client.stop();
    QTimer::singleShot(2000, qApp, [code] { QCoreApplication::exit(code); });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: %s SERVER_URL (scenario in MCP_CONFORMANCE_SCENARIO)\n", argv[0]);
        return 2;
    }
    const QString scenario = qEnvironmentVariable("MCP_CONFORMANCE_SCENARIO");
    const QUrl url(arguments.last());

    QNetworkAccessManager network;
    McpClientOptions options;
    options.clientName = QStringLiteral("confab-conformance-client");
    options.clientVersion = QStringLiteral("1.0.0");
    McpClient client(new HttpTransport(url, {}, &network), options);

    // The conformance client accepts every form with the server's defaults, as a user pressing OK would.
    client.setElicitationHandler([](const QJsonObject &params, std::function<void(QJsonObject)> respond) {
        const QJsonObject content =
            applyElicitationDefaults(params.value(QLatin1String("requestedSchema")).toObject(), {});
        respond({{"action", "accept"}, {"content", content}});
    });

    QObject::connect(&client, &McpClient::failed, &app, [&client](const QString &reason) {
        finish(client, 1, QStringLiteral("failed: ") + reason);
    });
    QObject::connect(&client, &McpClient::ready, &app, [&client, scenario] {
        client.listTools([&client, scenario](const QList<McpTool> &tools, const QString &error) {
            if (!error.isEmpty()) {
                finish(client, 1, QStringLiteral("tools/list failed: ") + error);
                return;
            }
            std::printf("%lld tools\n", qlonglong(tools.size()));
            const auto call = scenarioCalls().constFind(scenario);
            if (call == scenarioCalls().constEnd()) {
                finish(client, 0, QStringLiteral("initialized"));
                return;
            }
            client.callTool(call->tool, call->arguments,
                            [&client](const McpToolResult &result, const QString &error) {
                                if (!error.isEmpty())
                                    finish(client, 1, QStringLiteral("tools/call failed: ") + error);
                                else
                                    finish(client, result.isError ? 1 : 0, result.textForModel());
                            });
        });
    });
    client.start();
    return app.exec();
}
