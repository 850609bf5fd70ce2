#include "McpCommand.h"

#include "cli/Output.h"
#include "engine/Backend.h"
#include "keys/KeyStore.h"
#include "mcp/McpClient.h"
#include "mcp/McpConnector.h"
#include "mcp/McpSecretStore.h"
#include "mcp/McpServerImport.h"
#include "mcp/McpServerList.h"
#include "mcp/McpText.h"
#include "mcp/StdioTransport.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTimer>

namespace confab::cli {

namespace {

QString usageText()
{
    return McpText::tr("usage: confab mcp add NAME [--env K=V]... -- COMMAND [ARG]...\n"
                       "       confab mcp add NAME --url URL [--header \"K: V\"]...\n"
                       "       confab mcp list | tools NAME | remove NAME | import FILE\n");
}

// Runs the event loop until done() is called by an asynchronous job.
void waitFor(const std::function<void(std::function<void()> done)> &job)
{
    QEventLoop loop;
    bool finished = false;
    job([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

bool saveSecrets(Backend &backend, const QString &name, const McpServerSecrets &secrets)
{
    McpSecretStore store(backend.keys()->serviceName());
    QString failure;
    waitFor([&](std::function<void()> done) {
        if (secrets.isEmpty()) {
            store.remove(name, [&, done](const QString &error) {
                failure = error;
                done();
            });
            return;
        }
        store.save(name, secrets, [&, done](const QString &error) {
            failure = error;
            done();
        });
    });
    if (!failure.isEmpty())
        err(McpText::tr("confab mcp: the keychain did not take the secrets of %1: %2\n").arg(name, failure));
    return failure.isEmpty();
}

int add(const QCommandLineParser &parser, Backend &backend, const QStringList &positional)
{
    const QString name = positional.value(1);
    if (!McpServerConfig::isValidName(name)) {
        err(McpText::tr("confab mcp add: a server needs a name of letters, digits, - and _ (at most 40)\n") +
            usageText());
        return UsageError;
    }
    McpServerConfig config;
    config.name = name;
    McpServerSecrets secrets;
    if (parser.isSet(QStringLiteral("url"))) {
        config.transport = McpServerConfig::Transport::Http;
        config.url = QUrl(parser.value(QStringLiteral("url")));
        if (!config.url.isValid() ||
            (config.url.scheme() != QLatin1String("http") && config.url.scheme() != QLatin1String("https"))) {
            err(McpText::tr("confab mcp add: --url needs an http or https URL\n"));
            return UsageError;
        }
        for (const QString &header : parser.values(QStringLiteral("header"))) {
            const qsizetype colon = header.indexOf(QLatin1Char(':'));
            if (colon <= 0) {
                err(McpText::tr("confab mcp add: a header is given as \"Name: value\"\n"));
                return UsageError;
            }
            const QString key = header.left(colon).trimmed();
            config.headerNames.append(key);
            secrets.headers.insert(key, header.mid(colon + 1).trimmed());
        }
    } else {
        if (positional.size() < 3) {
            err(McpText::tr("confab mcp add: give the server's command after --\n") + usageText());
            return UsageError;
        }
        config.command = positional.at(2);
        config.arguments = positional.mid(3);
        for (const QString &variable : parser.values(QStringLiteral("env"))) {
            const qsizetype equals = variable.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                err(McpText::tr("confab mcp add: --env takes NAME=VALUE\n"));
                return UsageError;
            }
            config.environmentNames.append(variable.left(equals));
            secrets.environment.insert(variable.left(equals), variable.mid(equals + 1));
        }
    }
    if (parser.isSet(QStringLiteral("timeout")))
        config.timeoutSeconds = qBound(1, parser.value(QStringLiteral("timeout")).toInt(), 3600);
    if (!saveSecrets(backend, name, secrets))
        return Refused;
    McpServerList(*backend.settings()).save(config);
    out(McpText::tr("Added %1: %2\n").arg(name, config.target()));
    return Ok;
}

int list(Backend &backend)
{
    for (const McpServerConfig &config : McpServerList(*backend.settings()).servers()) {
        out(QStringLiteral("%1\t%2\t%3\t%4\n")
                .arg(config.name,
                     config.transport == McpServerConfig::Transport::Http ? QStringLiteral("http")
                                                                          : QStringLiteral("stdio"),
                     config.enabled ? McpText::tr("enabled") : McpText::tr("disabled"), config.target()));
    }
    return Ok;
}

int tools(Backend &backend, const QString &name)
{
    const auto config = McpServerList(*backend.settings()).server(name);
    if (!config) {
        err(McpText::tr("confab mcp tools: no server named %1 (see confab mcp list)\n").arg(name));
        return UsageError;
    }
    McpSecretStore store(backend.keys()->serviceName());
    McpServerSecrets secrets;
    QString failure;
    waitFor([&](std::function<void()> done) {
        store.load(name, [&, done](const McpServerSecrets &loaded, const QString &error) {
            secrets = loaded;
            failure = error;
            done();
        });
    });
    if (!failure.isEmpty()) {
        err(McpText::tr("confab mcp tools: the keychain did not give the secrets of %1: %2\n")
                .arg(name, failure));
        return Refused;
    }

    QNetworkAccessManager network;
    McpClient *client = createMcpClient(*config, secrets, &network);
    QList<McpTool> listed;
    waitFor([&](std::function<void()> done) {
        QObject::connect(client, &McpClient::failed, client, [&, done](const QString &reason) {
            failure = reason;
            done();
        });
        QObject::connect(client, &McpClient::ready, client, [&, done] {
            client->listTools([&, done](const QList<McpTool> &tools, const QString &error) {
                listed = tools;
                failure = error;
                done();
            });
        });
        client->start();
    });
    if (!failure.isEmpty()) {
        err(McpText::tr("confab mcp tools: %1: %2\n").arg(name, failure));
        if (auto *stdio = qobject_cast<StdioTransport *>(client->transport())) {
            for (const QString &line : stdio->stderrTail())
                err(QStringLiteral("  %1\n").arg(line));
        }
    }
    for (const McpTool &tool : listed)
        out(QStringLiteral("%1\t%2\n").arg(tool.name, tool.description.section(QLatin1Char('\n'), 0, 0)));
    waitFor([&](std::function<void()> done) {
        QObject::connect(client, &McpClient::closed, client, done);
        QTimer::singleShot(6000, client, done);
        client->stop();
    });
    delete client;
    return failure.isEmpty() ? Ok : Failed;
}

int remove(Backend &backend, const QString &name)
{
    if (!McpServerList(*backend.settings()).remove(name)) {
        err(McpText::tr("confab mcp remove: no server named %1\n").arg(name));
        return UsageError;
    }
    saveSecrets(backend, name, {});
    out(McpText::tr("Removed %1\n").arg(name));
    return Ok;
}

int import(Backend &backend, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err(McpText::tr("confab mcp import: cannot read %1: %2\n").arg(path, file.errorString()));
        return UsageError;
    }
    const McpServerImport imported = McpServerImport::fromJson(file.read(McpServerImport::MaxBytes + 1));
    for (const QString &problem : imported.problems)
        err(McpText::tr("confab mcp import: %1\n").arg(problem));
    McpServerList list(*backend.settings());
    for (const McpImportedServer &server : imported.servers) {
        if (!saveSecrets(backend, server.config.name, server.secrets))
            return Refused;
        list.save(server.config);
        out(McpText::tr("Added %1: %2\n").arg(server.config.name, server.config.target()));
    }
    return imported.servers.isEmpty() ? Failed : Ok;
}

} // namespace

void addMcpOptions(const QString &command, QCommandLineParser &parser)
{
    if (command != QLatin1String("mcp"))
        return;
    parser.addOption({QStringLiteral("url"), McpText::tr("A remote (Streamable HTTP) server at <url>."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("header"),
                      McpText::tr("An HTTP header \"Name: value\" for the server (kept in the keychain)."),
                      QStringLiteral("header")});
    parser.addOption(
        {QStringLiteral("env"),
         McpText::tr("An environment variable NAME=VALUE for the server (kept in the keychain)."),
         QStringLiteral("var")});
    parser.addOption({QStringLiteral("timeout"), McpText::tr("Seconds a tool call may take (default 60)."),
                      QStringLiteral("seconds")});
}

int runMcpCommand(const QCommandLineParser &parser, Backend &backend)
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("add"))
        return add(parser, backend, positional);
    if (action == QLatin1String("list"))
        return list(backend);
    if (action == QLatin1String("tools") && positional.size() == 2)
        return tools(backend, positional.at(1));
    if (action == QLatin1String("remove") && positional.size() == 2)
        return remove(backend, positional.at(1));
    if (action == QLatin1String("import") && positional.size() == 2)
        return import(backend, positional.at(1));
    err(usageText());
    return UsageError;
}

} // namespace confab::cli
