// How McpClient finds out which revision a server speaks and gets ready: server/discover first, then either
// 2026-07-28 (nothing more to do) or the 2025-11-25 initialize handshake. The rules are those of
// specification/2026-07-28/basic/versioning ("Backward Compatibility with Initialization-Based Versions") and
// the stdio and Streamable HTTP "Backward Compatibility" sections.
#include "mcp/McpClient.h"
#include "mcp/McpLog.h"
#include "mcp/McpRevision.h"
#include "mcp/McpTransport.h"

#include <QJsonArray>
#include <QTimer>

namespace confab {

void McpClient::discover()
{
    // The probe carries the modern _meta itself: what it asks is whether the server speaks 2026-07-28.
    sendRequest(
        QStringLiteral("server/discover"), {},
        [this](const QJsonValue &result, const RequestError &error) { onDiscovered(result, error); },
        m_options.discoverTimeoutMs, {}, QLatin1String(McpModernVersion));
}

void McpClient::onDiscovered(const QJsonValue &result, const RequestError &error)
{
    if (m_state != State::Connecting)
        return;
    if (error.message.isEmpty()) {
        const QJsonObject discovered = result.toObject();
        const QJsonArray versions = discovered.value(QLatin1String("supportedVersions")).toArray();
        if (versions.contains(QLatin1String(McpModernVersion))) {
            becomeModern(discovered);
            return;
        }
        // A server that discovers but offers only older revisions is a dual-era one: it has initialize.
        qCInfo(lcMcp) << "The server's server/discover offers" << versions.toVariantList()
                      << "; connecting in 2025-11-25";
        initialize();
        return;
    }
    if (m_transport->accessRefused()) {
        // Not an answer about revisions: the server wants a login first, whatever it speaks.
        fail(tr("The server did not initialize: %1").arg(error.message));
        m_transport->close();
        return;
    }
    if (!isModernMcpError(error.code)) {
        // Any other error (commonly -32601, or an HTTP 400 without a modern error body) or silence: a legacy
        // server. The fallback is deliberately not keyed to one code.
        qCInfo(lcMcp).noquote() << "No 2026-07-28 answer to server/discover (" << error.message
                                << "); connecting in 2025-11-25";
        initialize();
        return;
    }
    const QJsonArray supported = error.data.toObject().value(QLatin1String("supported")).toArray();
    for (const QJsonValue &version : supported) {
        if (isSupportedMcpVersion(version.toString())) {
            // A modern server that also speaks a legacy revision Confab speaks: that one, by its handshake.
            initialize();
            return;
        }
    }
    QStringList offered;
    for (const QJsonValue &version : supported)
        offered.append(version.toString());
    fail(error.code == McpModernError::UnsupportedProtocolVersion
             ? tr("The server speaks only MCP revisions %1, none of which Confab supports")
                   .arg(offered.join(QLatin1String(", ")))
             : tr("The server refused to connect: %1").arg(error.message));
    m_transport->close();
}

void McpClient::becomeModern(const QJsonObject &discovered)
{
    m_modern = true;
    m_protocolVersion = QLatin1String(McpModernVersion);
    m_transport->setProtocolVersion(m_protocolVersion);
    const QJsonObject info = discovered.value(QLatin1String("_meta"))
                                 .toObject()
                                 .value(QLatin1String("io.modelcontextprotocol/serverInfo"))
                                 .toObject();
    m_serverName = info.value(QLatin1String("name")).toString();
    m_serverVersion = info.value(QLatin1String("version")).toString();
    m_instructions = discovered.value(QLatin1String("instructions")).toString();
    m_serverCapabilities = discovered.value(QLatin1String("capabilities")).toObject();
    becomeReady();
}

void McpClient::initialize()
{
    const QJsonObject params{
        {QStringLiteral("protocolVersion"), QLatin1String(McpProtocolVersion)},
        {QStringLiteral("capabilities"), clientCapabilities()},
        {QStringLiteral("clientInfo"), clientInfo()},
    };
    request(
        QStringLiteral("initialize"), params,
        [this](const QJsonValue &result, const QString &error) {
            if (!error.isEmpty()) {
                // A server that never got going is ended (with a stdio server's whole process group).
                fail(tr("The server did not initialize: %1").arg(error));
                m_transport->close();
                return;
            }
            const QJsonObject object = result.toObject();
            const QString version = object.value(QLatin1String("protocolVersion")).toString();
            if (!isSupportedMcpVersion(version)) {
                fail(tr("The server speaks MCP revision \"%1\", which Confab does not support").arg(version));
                m_transport->close();
                return;
            }
            m_protocolVersion = version;
            m_transport->setProtocolVersion(version);
            onInitialized(object);
        },
        m_options.initializeTimeoutMs);
}

void McpClient::onInitialized(const QJsonObject &result)
{
    const QJsonObject info = result.value(QLatin1String("serverInfo")).toObject();
    m_serverName = info.value(QLatin1String("name")).toString();
    m_serverVersion = info.value(QLatin1String("version")).toString();
    m_instructions = result.value(QLatin1String("instructions")).toString();
    m_serverCapabilities = result.value(QLatin1String("capabilities")).toObject();
    // Nothing else goes out before the server has the notification (over HTTP, its 202), as the lifecycle's
    // sequence diagram orders and the TypeScript SDK's Client.connect() awaits: sent at once, a first request
    // on another connection can overtake it and meet a server that refuses requests before initialized.
    m_initializedWait->start(m_options.initializeTimeoutMs);
    notify(QStringLiteral("notifications/initialized"), {}, [this](const QString &error) {
        if (m_state != State::Connecting)
            return;
        m_initializedWait->stop();
        if (!error.isEmpty()) {
            fail(tr("The server did not accept the initialized notification: %1").arg(error));
            m_transport->close();
            return;
        }
        becomeReady();
    });
}

void McpClient::becomeReady()
{
    qCInfo(lcMcp).noquote() << "Connected to" << m_serverName << m_serverVersion << "speaking"
                            << m_protocolVersion;
    setState(State::Ready);
    Q_EMIT ready();
}

} // namespace confab
