// How McpClient follows a 2026-07-28 server's tool-list changes (specification/2026-07-28/basic/patterns/
// subscriptions): they come only on a subscriptions/listen stream opened with the toolsListChanged filter,
// each message of it carrying the listen request's id as io.modelcontextprotocol/subscriptionId. A
// list_changed on it is told as toolsChanged(), as 2025-11-25's is. A stream that ends (the server's
// completion result or a drop) is opened again after the shared Backoff's wait, a bounded number of times;
// the client ends it by cancelling the request (notifications/cancelled on stdio, closing the stream over
// HTTP).
#include "mcp/McpClient.h"
#include "mcp/McpLog.h"
#include "mcp/McpTransport.h"

#include <QTimer>

namespace confab {

namespace {

const QString SubscriptionId = QStringLiteral("io.modelcontextprotocol/subscriptionId");
const QString ToolsListChanged = QStringLiteral("toolsListChanged");

} // namespace

void McpClient::listenForToolChanges()
{
    const bool canTell = m_serverCapabilities.value(QLatin1String("tools"))
                             .toObject()
                             .value(QLatin1String("listChanged"))
                             .toBool();
    if (!m_modern || !canTell || m_listenWanted)
        return;
    m_listenWanted = true;
    m_listenBackoff.reset();
    sendListen();
}

void McpClient::sendListen()
{
    const QJsonObject params{{QStringLiteral("notifications"), QJsonObject{{ToolsListChanged, true}}}};
    // No timeout: the stream is meant to stay open for as long as the connection does. The handler is given
    // the id sendRequest() is about to use, so a late end of an older stream is told from the current one.
    m_listenId = sendRequest(
        QStringLiteral("subscriptions/listen"), params,
        [this, id = QJsonValue(m_nextId)](const QJsonValue &, const RequestError &error) {
            onListenEnded(id, error);
        },
        0, {}, m_protocolVersion);
}

void McpClient::onListenEnded(const QJsonValue &id, const RequestError &error)
{
    if (m_listenId.isUndefined() || jsonRpcIdKey(id) != jsonRpcIdKey(m_listenId))
        return;
    m_listenId = QJsonValue::Undefined;
    if (!m_listenWanted || m_state != State::Ready)
        return;
    const std::optional<qint64> delay = m_listenBackoff.nextDelayMs();
    if (!delay) {
        qCWarning(lcMcp).noquote() << "Stopped listening for tool changes of" << m_serverName
                                   << "- the stream kept ending:"
                                   << (error.message.isEmpty() ? QStringLiteral("closed") : error.message);
        m_listenWanted = false;
        return;
    }
    qCInfo(lcMcp).noquote() << "The tool change stream of" << m_serverName << "ended ("
                            << (error.message.isEmpty() ? QStringLiteral("closed") : error.message)
                            << "); listening again in" << *delay << "ms";
    m_relisten->start(int(*delay));
}

void McpClient::stopListening()
{
    m_listenWanted = false;
    m_relisten->stop();
    if (m_listenId.isUndefined())
        return;
    const QJsonValue id = m_listenId;
    m_listenId = QJsonValue::Undefined;
    if (m_state == State::Ready)
        cancelPending(id, QStringLiteral("client shutting down"));
    finish(jsonRpcIdKey(id), {}, {tr("Cancelled")});
}

bool McpClient::onSubscriptionNotification(const JsonRpcMessage &message)
{
    const QJsonValue subscription =
        message.params.value(QLatin1String("_meta")).toObject().value(SubscriptionId);
    const bool listChanged = message.method == QLatin1String("notifications/tools/list_changed");
    if (subscription.isUndefined()) {
        // In 2026-07-28 list changes come only on a stream of ours; on stdio the id is what ties them to it.
        if (listChanged)
            qCDebug(lcMcp) << "Ignored a tools/list_changed outside any subscription";
        return listChanged;
    }
    if (m_listenId.isUndefined() || jsonRpcIdKey(subscription) != jsonRpcIdKey(m_listenId)) {
        qCDebug(lcMcp) << "Ignored" << message.method << "of a subscription not open now";
        return true;
    }
    if (message.method == QLatin1String("notifications/subscriptions/acknowledged")) {
        if (!message.params.value(QLatin1String("notifications")).toObject().value(ToolsListChanged).toBool())
            qCInfo(lcMcp).noquote() << m_serverName << "did not agree to tell of tool changes";
        return true;
    }
    if (listChanged) {
        // Only a stream that did its work earns fresh retries: one acknowledged and dropped at once, again
        // and again, is given up after the policy's few.
        m_listenBackoff.reset();
        Q_EMIT toolsChanged();
        return true;
    }
    qCDebug(lcMcp) << "Ignored notification" << message.method << "on the tool change stream";
    return true;
}

} // namespace confab
