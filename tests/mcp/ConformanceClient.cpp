// The client the official MCP conformance runner drives (`conformance client --command ... --scenario NAME`):
// it gets the scenario in MCP_CONFORMANCE_SCENARIO and the server's URL as its last argument, and does what
// the scenario's server expects of a client, through core/mcp exactly as Confab uses it.
#include "common/ProcessExit.h"
#include "mcp/ElicitationForm.h"
#include "mcp/HttpTransport.h"
#include "mcp/McpClient.h"
#include "mcp/auth/OAuthAuthorization.h"
#include "mcp/auth/PageOpeners.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
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
        // Every auth/ scenario's server protects one tool
        // (src/scenarios/client/auth/helpers/createServer.ts).
        {QStringLiteral("auth/"), {QStringLiteral("test-tool"), {}}},
    };
    return calls;
}

// The suite's client ID metadata document URL (basic-cimd.ts): the scenario's authorization server accepts it
// as the client_id without fetching it.
const QUrl
    conformanceClientMetadataUrl(QStringLiteral("https://conformance-test.local/client-metadata.json"));

// Pre-registered credentials come in MCP_CONFORMANCE_CONTEXT ({"client_id":…,"client_secret":…}), as the
// pre-registration scenario hands them over.
OAuthClientSettings authSettingsFromContext()
{
    OAuthClientSettings settings;
    settings.clientName = QStringLiteral("confab-conformance-client");
    settings.clientMetadataUrl = conformanceClientMetadataUrl;
    settings.loginTimeoutMs = 20'000;
    const QJsonObject context = QJsonDocument::fromJson(qgetenv("MCP_CONFORMANCE_CONTEXT")).object();
    const QString clientId = context.value(QLatin1String("client_id")).toString();
    if (!clientId.isEmpty())
        settings.preRegistered =
            OAuthClient{clientId, context.value(QLatin1String("client_secret")).toString(), QString()};
    return settings;
}

void finish(McpClient &client, int code, const QString &message)
{
    std::fprintf(code == 0 ? stdout : stderr, "%s\n", qPrintable(message));
    QObject::connect(&client, &McpClient::closed, qApp, [code] { QCoreApplication::exit(code); });
    client.stop();
    QTimer::singleShot(2000, qApp, [code] { QCoreApplication::exit(code); });
}

int runClient(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: %s SERVER_URL (scenario in MCP_CONFORMANCE_SCENARIO)\n", argv[0]);
        return 2;
    }
    const QString scenarioName = qEnvironmentVariable("MCP_CONFORMANCE_SCENARIO");
    const bool authScenario = scenarioName.startsWith(QLatin1String("auth/"));
    // The key of the scenario's call: the auth scenarios share one.
    const QString scenario = authScenario ? QStringLiteral("auth/") : scenarioName;
    const QUrl url(arguments.last());

    QNetworkAccessManager network;
    McpClientOptions options;
    options.clientName = QStringLiteral("confab-conformance-client");
    options.clientVersion = QStringLiteral("1.0.0");
    auto *transport = new HttpTransport(url, {}, &network);
    // The suite's authorization servers approve at once and redirect; following that redirect over HTTP
    // stands in for the user's browser, and the login runs without asking (there is no one to ask).
    OAuthAuthorization authorization(&network, url, authSettingsFromContext(), nullptr,
                                     OAuthAuthorization::Mode::Automatic);
    authorization.setPageOpener(httpPageOpener(&network));
    if (authScenario)
        transport->setAuthProvider(&authorization);
    McpClient client(transport, options);

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

} // namespace

int main(int argc, char **argv)
{
    confab::endProcess(runClient(argc, argv));
}
