#include "mcp/McpClient.h"

#include "common/AppInfo.h"
#include "mcp/McpLog.h"
#include "mcp/McpRevision.h"
#include "mcp/McpTransport.h"

#include <QJsonArray>
#include <QTimer>

namespace confab {

namespace {

const QString ProgressToken = QStringLiteral("progressToken");

} // namespace

McpClient::McpClient(McpTransport *transport, McpClientOptions options, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_options(std::move(options))
{
    m_transport->setParent(this);
    if (m_options.clientVersion.isEmpty())
        m_options.clientVersion = applicationVersion();
    m_listenBackoff = Backoff(m_options.listenRetry);
    m_relisten = new QTimer(this);
    m_relisten->setSingleShot(true);
    connect(m_relisten, &QTimer::timeout, this, [this] {
        if (m_listenWanted && m_state == State::Ready && m_listenId.isUndefined())
            sendListen();
    });
    m_initializedWait = new QTimer(this);
    m_initializedWait->setSingleShot(true);
    connect(m_initializedWait, &QTimer::timeout, this, [this] {
        fail(tr("The server did not accept the initialized notification within %n s", nullptr,
                m_options.initializeTimeoutMs / 1000));
        m_transport->close();
    });
    connect(m_transport, &McpTransport::opened, this, &McpClient::discover);
    connect(m_transport, &McpTransport::messageReceived, this, &McpClient::onMessage);
    connect(m_transport, &McpTransport::requestFailed, this,
            [this](const QJsonValue &id, const QString &reason) { finish(jsonRpcIdKey(id), {}, {reason}); });
    connect(m_transport, &McpTransport::messageRefused, this, &McpClient::failAll);
    connect(m_transport, &McpTransport::failed, this, &McpClient::fail);
    connect(m_transport, &McpTransport::closed, this, [this] {
        // A failure stays the state to show; the transport closing after it is only the cleanup.
        if (m_state != State::Failed)
            setState(State::Closed);
        Q_EMIT closed();
    });
}

McpClient::~McpClient()
{
    // Handlers may point at objects already gone; nobody is told anything now.
    for (Pending &pending : m_pending)
        delete pending.timer;
    m_pending.clear();
    m_inputRounds.clear();
}

void McpClient::start()
{
    if (m_state == State::Connecting || m_state == State::Ready)
        return;
    setState(State::Connecting);
    m_transport->open();
}

void McpClient::stop()
{
    if (m_state == State::Closed)
        return;
    stopListening();
    if (m_state == State::Failed) {
        m_transport->close();
        return;
    }
    const auto keys = m_pending.keys();
    for (const QString &key : keys) {
        const Pending &pending = m_pending[key];
        if (m_state == State::Ready)
            cancelPending(pending.id, QStringLiteral("client shutting down"));
        finish(key, {}, {tr("The connection to the server was closed")});
    }
    m_transport->close();
}

void McpClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void McpClient::fail(const QString &reason)
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    m_lastError = reason;
    m_initializedWait->stop();
    failAll(reason);
    setState(State::Failed);
    Q_EMIT failed(reason);
}

QJsonValue McpClient::request(const QString &method, QJsonObject params, ResultHandler handler, int timeoutMs,
                              ProgressHandler progress)
{
    return sendRequest(
        method, std::move(params),
        [handler = std::move(handler)](const QJsonValue &result, const RequestError &error) {
            if (handler)
                handler(result, error.message);
        },
        timeoutMs, std::move(progress), m_modern ? m_protocolVersion : QString());
}

QJsonValue McpClient::sendRequest(const QString &method, QJsonObject params, ResponseHandler handler,
                                  int timeoutMs, ProgressHandler progress, const QString &version)
{
    const QJsonValue id(m_nextId++);
    const QString key = jsonRpcIdKey(id);
    if (progress) {
        QJsonObject meta = params.value(McpMetaKey).toObject();
        meta.insert(ProgressToken, id);
        params.insert(McpMetaKey, meta);
    }
    Pending pending;
    pending.id = id;
    pending.method = method;
    pending.handler = std::move(handler);
    pending.progress = std::move(progress);
    pending.timeoutMs = timeoutMs < 0 ? m_options.requestTimeoutMs : timeoutMs;
    if (pending.timeoutMs > 0) {
        pending.timer = new QTimer(this);
        pending.timer->setSingleShot(true);
        connect(pending.timer, &QTimer::timeout, this, [this, key, id, seconds = pending.timeoutMs / 1000.0] {
            cancelPending(id, QStringLiteral("timed out"));
            finish(key, {}, {tr("No answer from the server within %1 s").arg(seconds)});
        });
        pending.timer->start(pending.timeoutMs);
    }
    m_pending.insert(key, std::move(pending));
    McpRequestHeaders headers;
    if (!version.isEmpty()) {
        params = withModernRequestMeta(std::move(params), version, clientInfo(), clientCapabilities());
        headers = {version, method, mcpRequestName(method, params), {}};
        if (method == QLatin1String("tools/call"))
            headers.params = mcpParamHeaderValues(m_paramHeaders.value(headers.name),
                                                  params.value(QLatin1String("arguments")).toObject());
    }
    m_transport->send(encodeJsonRpcRequest(id, method, params), id, headers);
    return id;
}

void McpClient::notify(const QString &method, const QJsonObject &params,
                       McpTransport::DeliveryHandler delivered)
{
    m_transport->sendNotification(encodeJsonRpcNotification(method, params), std::move(delivered));
}

void McpClient::cancelPending(const QJsonValue &id, const QString &reason)
{
    if (m_transport->abortRequest(id))
        return;
    notify(QStringLiteral("notifications/cancelled"),
           {{QStringLiteral("requestId"), id}, {QStringLiteral("reason"), reason}});
}

void McpClient::cancel(const QJsonValue &requestId, const QString &reason)
{
    const QString key = jsonRpcIdKey(requestId);
    if (const std::shared_ptr<InputRound> round = m_inputRounds.take(key)) {
        // A multi round-trip call: whichever request of it is out now is the one to cancel.
        cancelInputRound(round, reason);
        return;
    }
    if (!m_pending.contains(key))
        return;
    cancelPending(requestId, reason);
    finish(key, {}, {tr("Cancelled")});
}

QJsonObject McpClient::clientCapabilities() const
{
    QJsonObject capabilities;
    if (m_elicitation)
        capabilities.insert(QStringLiteral("elicitation"),
                            QJsonObject{{QStringLiteral("form"), QJsonObject()}});
    return capabilities;
}

QJsonObject McpClient::clientInfo() const
{
    return {{QStringLiteral("name"), m_options.clientName},
            {QStringLiteral("version"), m_options.clientVersion}};
}

void McpClient::finish(const QString &key, const QJsonValue &result, const RequestError &error)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    delete pending.timer;
    if (pending.handler)
        pending.handler(result, error);
}

void McpClient::failAll(const QString &reason)
{
    const auto keys = m_pending.keys();
    for (const QString &key : keys)
        finish(key, {}, {reason});
}

void McpClient::onMessage(const JsonRpcMessage &message)
{
    switch (message.kind) {
    case JsonRpcMessage::Kind::Result:
    case JsonRpcMessage::Kind::Error:
        onResponse(message);
        break;
    case JsonRpcMessage::Kind::Request:
        onServerRequest(message);
        break;
    case JsonRpcMessage::Kind::Notification:
        onNotification(message);
        break;
    }
}

void McpClient::onResponse(const JsonRpcMessage &message)
{
    const QString key = jsonRpcIdKey(message.id);
    if (!m_pending.contains(key)) {
        qCWarning(lcMcp) << "Dropped an answer to no request of ours, id" << key;
        return;
    }
    if (message.kind == JsonRpcMessage::Kind::Error) {
        finish(key, {},
               {message.errorMessage.isEmpty() ? tr("Error %1 from the server").arg(message.errorCode)
                                               : message.errorMessage,
                message.errorCode, message.errorData});
        return;
    }
    finish(key, message.result, {});
}

void McpClient::onServerRequest(const JsonRpcMessage &message)
{
    if (message.method == QLatin1String("ping")) {
        m_transport->send(encodeJsonRpcResult(message.id, QJsonObject()), QJsonValue(), {});
        return;
    }
    const QString mode = message.params.value(QLatin1String("mode")).toString(QStringLiteral("form"));
    if (message.method == QLatin1String("elicitation/create") && m_elicitation &&
        mode == QLatin1String("form")) {
        m_elicitation(message.params,
                      [this, guard = QPointer(this), id = message.id](const QJsonObject &result) {
                          if (guard)
                              m_transport->send(encodeJsonRpcResult(id, result), QJsonValue(), {});
                      });
        return;
    }
    qCInfo(lcMcp).noquote() << "Refused the server's request" << message.method << "(not supported)";
    m_transport->send(encodeJsonRpcError(
                          message.id, JsonRpcError::MethodNotFound,
                          QStringLiteral("Method not found: Confab does not support %1").arg(message.method)),
                      QJsonValue(), {});
}

void McpClient::onNotification(const JsonRpcMessage &message)
{
    if (m_modern && onSubscriptionNotification(message))
        return;
    if (message.method == QLatin1String("notifications/progress")) {
        const QString key = jsonRpcIdKey(message.params.value(ProgressToken));
        auto it = m_pending.find(key);
        if (it == m_pending.end() || !it->progress)
            return;
        McpProgress progress;
        progress.progress = message.params.value(QLatin1String("progress")).toDouble();
        progress.total = message.params.value(QLatin1String("total")).toDouble(-1);
        progress.message = message.params.value(QLatin1String("message")).toString();
        if (it->timer)
            it->timer->start(it->timeoutMs);
        const ProgressHandler handler = it->progress;
        handler(progress);
        return;
    }
    if (message.method == QLatin1String("notifications/tools/list_changed")) {
        Q_EMIT toolsChanged();
        return;
    }
    if (message.method == QLatin1String("notifications/message")) {
        qCInfo(lcMcp).noquote() << m_serverName << "says:"
                                << message.params.value(QLatin1String("data")).toVariant().toString();
        return;
    }
    qCDebug(lcMcp) << "Ignored notification" << message.method;
}

} // namespace confab
