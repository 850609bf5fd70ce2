#include "mcp/McpConnections.h"

#include "mcp/ElicitationForm.h"
#include "mcp/McpClient.h"
#include "mcp/McpConnector.h"
#include "mcp/McpElicitor.h"
#include "mcp/McpLog.h"
#include "mcp/McpSecretStore.h"
#include "mcp/McpSignIns.h"
#include "mcp/McpText.h"
#include "mcp/StdioTransport.h"

#include <QJsonDocument>
#include <QTimer>

#include <memory>

namespace confab {

namespace {
constexpr int RelistDelayMs = 1000;
} // namespace

McpConnections::McpConnections(QString settingsFile, QString keychainService, QNetworkAccessManager *network,
                               QObject *parent)
    : QObject(parent)
    , m_list(settingsFile)
    , m_approvals(settingsFile)
    , m_chatServers(settingsFile)
    , m_secrets(new McpSecretStore(keychainService, this))
    , m_signIns(new McpSignIns(network, keychainService, this))
    , m_network(network)
{
    connect(m_signIns, &McpSignIns::stateChanged, this, &McpConnections::changed);
    connect(m_signIns, &McpSignIns::signedIn, this, &McpConnections::restart);
}

McpConnections::~McpConnections()
{
    stopAll();
}

QList<McpServerStatus> McpConnections::statuses() const
{
    QList<McpServerStatus> statuses;
    for (const McpServerConfig &config : m_list.servers())
        statuses.append(status(config.name));
    return statuses;
}

McpServerStatus McpConnections::status(const QString &name) const
{
    const auto it = m_connections.constFind(name);
    if (it != m_connections.constEnd()) {
        McpServerStatus status = it->status;
        if (it->client)
            if (const auto *stdio = qobject_cast<StdioTransport *>(it->client->transport()))
                status.stderrTail = stdio->stderrTail();
        status.signInNeeded = m_signIns->needsSignIn(name);
        return status;
    }
    McpServerStatus status;
    status.name = name;
    if (const auto config = m_list.server(name)) {
        status.enabled = config->enabled;
        status.timeoutSeconds = config->timeoutSeconds;
    }
    return status;
}

void McpConnections::start(const QStringList &names)
{
    for (const QString &name : names) {
        const auto it = m_connections.constFind(name);
        if (it != m_connections.constEnd() && (it->status.state == McpServerStatus::State::Starting ||
                                               it->status.state == McpServerStatus::State::Ready))
            continue;
        startConnection(name);
    }
}

void McpConnections::startConnection(const QString &name)
{
    const auto config = m_list.server(name);
    if (!config || !config->enabled)
        return;
    stop(name);
    Connection &connection = m_connections[name];
    connection.config = *config;
    connection.generation = m_nextGeneration++;
    connection.status = {};
    connection.status.name = name;
    connection.status.enabled = true;
    connection.status.timeoutSeconds = config->timeoutSeconds;
    connection.status.state = McpServerStatus::State::Starting;
    changed(name);
    const bool hasSecrets = !config->environmentNames.isEmpty() || !config->headerNames.isEmpty();
    if (!hasSecrets) {
        connectClient(name, {});
        return;
    }
    m_secrets->load(name, [this, guard = QPointer(this), name, generation = connection.generation](
                              const McpServerSecrets &secrets, const QString &error) {
        if (!guard || m_connections.value(name).generation != generation)
            return;
        if (!error.isEmpty()) {
            setFailed(name, McpText::tr("The keychain did not give this server's secrets: %1").arg(error));
            return;
        }
        connectClient(name, secrets);
    });
}

void McpConnections::connectClient(const QString &name, const McpServerSecrets &secrets)
{
    Connection &connection = m_connections[name];
    McpAuthProvider *auth = connection.config.transport == McpServerConfig::Transport::Http
                                ? m_signIns->forServer(name, connection.config.url)
                                : nullptr;
    McpClient *client = createMcpClient(connection.config, secrets, m_network, this, auth);
    connection.client = client;
    client->setElicitationHandler(
        [this, name](const QJsonObject &params, std::function<void(QJsonObject)> respond) {
            if (!m_elicitor) {
                qCInfo(lcMcp).noquote() << name << "asked for input; declined: nobody to ask";
                respond(elicitationResult(ElicitationAction::Decline));
                return;
            }
            m_elicitor->ask({name, params.value(QLatin1String("message")).toString(),
                             params.value(QLatin1String("requestedSchema")).toObject()},
                            std::move(respond));
        });
    const quint64 generation = connection.generation;
    const auto current = [this, name, generation] {
        return m_connections.value(name).generation == generation;
    };
    connect(client, &McpClient::ready, this, [this, name, current] {
        if (current())
            listTools(name);
    });
    connect(client, &McpClient::failed, this, [this, name, current](const QString &reason) {
        if (current())
            setFailed(name, reason);
    });
    // A server may announce changes in a flood (or after every listing): they are coalesced into one
    // listing a second at most.
    auto *relist = new QTimer(client);
    relist->setSingleShot(true);
    relist->setInterval(RelistDelayMs);
    connect(relist, &QTimer::timeout, this, [this, name, current] {
        if (current() && m_connections[name].status.state == McpServerStatus::State::Ready)
            listTools(name);
    });
    connect(client, &McpClient::toolsChanged, relist, [relist] {
        if (!relist->isActive())
            relist->start();
    });
    client->start();
}

void McpConnections::listTools(const QString &name)
{
    Connection &connection = m_connections[name];
    if (!connection.client)
        return;
    connection.client->listTools([this, name, generation = connection.generation](const QList<McpTool> &tools,
                                                                                  const QString &error) {
        if (m_connections.value(name).generation != generation)
            return;
        if (!error.isEmpty()) {
            setFailed(name, McpText::tr("The server did not list its tools: %1").arg(error));
            return;
        }
        Connection &connection = m_connections[name];
        const auto shape = [](const QList<McpTool> &list) {
            QList<QByteArray> shapes;
            for (const McpTool &tool : list)
                shapes << tool.name.toUtf8() + tool.fingerprint() + QJsonDocument(tool.annotations).toJson();
            return shapes;
        };
        if (connection.status.state == McpServerStatus::State::Ready &&
            shape(tools) == shape(connection.status.tools))
            return;
        connection.status.tools = tools;
        connection.status.state = McpServerStatus::State::Ready;
        connection.status.error.clear();
        qCInfo(lcMcp).noquote() << "Server" << name << "ready with" << tools.size() << "tools";
        changed(name);
    });
}

void McpConnections::setFailed(const QString &name, const QString &reason)
{
    Connection &connection = m_connections[name];
    connection.status.state = McpServerStatus::State::Failed;
    connection.status.error = reason;
    if (connection.client) {
        if (const auto *stdio = qobject_cast<StdioTransport *>(connection.client->transport()))
            connection.status.stderrTail = stdio->stderrTail();
        // The client keeps its transport for the stderr tail until stopped; closing ends the process.
        connection.client->stop();
    }
    qCWarning(lcMcp).noquote() << "Server" << name << "failed:" << reason;
    changed(name);
}

void McpConnections::changed(const QString &name)
{
    Q_EMIT statusChanged(name);
}

bool McpConnections::isSettled(const QString &name) const
{
    const auto it = m_connections.constFind(name);
    return it == m_connections.constEnd() || it->status.state != McpServerStatus::State::Starting;
}

void McpConnections::whenSettled(const QStringList &names, int timeoutMs, std::function<void()> done)
{
    const auto settled = [this, names] {
        return std::all_of(names.begin(), names.end(),
                           [this](const QString &name) { return isSettled(name); });
    };
    if (settled()) {
        QTimer::singleShot(0, this, std::move(done));
        return;
    }
    // One waiter: its own context object, so both the timeout and the last status change end it once.
    auto *waiter = new QObject(this);
    auto finish = std::make_shared<std::function<void()>>(std::move(done));
    const auto conclude = [waiter, finish] {
        if (!*finish)
            return;
        const auto callback = std::move(*finish);
        *finish = nullptr;
        waiter->deleteLater();
        callback();
    };
    connect(this, &McpConnections::statusChanged, waiter, [settled, conclude] {
        if (settled())
            conclude();
    });
    QTimer::singleShot(timeoutMs, waiter, conclude);
}

void McpConnections::signIn(const QString &name)
{
    m_signIns->signIn(name);
}

void McpConnections::restart(const QString &name)
{
    startConnection(name);
}

void McpConnections::stop(const QString &name)
{
    auto it = m_connections.find(name);
    if (it == m_connections.end())
        return;
    Connection connection = std::move(*it);
    m_connections.erase(it);
    if (connection.client) {
        connection.client->disconnect(this);
        connection.client->stop();
        connection.client->deleteLater();
    }
    changed(name);
}

void McpConnections::stopAll()
{
    const QStringList names = m_connections.keys();
    for (const QString &name : names)
        stop(name);
}

void McpConnections::reload()
{
    const QStringList names = m_connections.keys();
    for (const QString &name : names) {
        const auto config = m_list.server(name);
        if (!config || !config->enabled) {
            stop(name);
            continue;
        }
        if (!(*config == m_connections.value(name).config))
            startConnection(name);
    }
}

int McpConnections::callTimeoutMs(const QString &name) const
{
    const auto it = m_connections.constFind(name);
    return (it == m_connections.constEnd() ? 60 : it->config.timeoutSeconds) * 1000;
}

McpClient *McpConnections::client(const QString &name) const
{
    const auto it = m_connections.constFind(name);
    if (it == m_connections.constEnd() || it->status.state != McpServerStatus::State::Ready)
        return nullptr;
    return it->client;
}

} // namespace confab
