#include "mcp/HttpTransport.h"

#include "mcp/McpAuthProvider.h"
#include "mcp/McpLog.h"
#include "mcp/McpRevision.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace confab {

namespace {

const QByteArray SessionHeader = QByteArrayLiteral("Mcp-Session-Id");
const QByteArray VersionHeader = QByteArrayLiteral("MCP-Protocol-Version");
const QByteArray MethodHeader = QByteArrayLiteral("Mcp-Method");
const QByteArray NameHeader = QByteArrayLiteral("Mcp-Name");

bool isEventStream(const QNetworkReply *reply)
{
    return reply->header(QNetworkRequest::ContentTypeHeader)
        .toString()
        .startsWith(QLatin1String("text/event-stream"), Qt::CaseInsensitive);
}

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

HttpTransport::HttpTransport(QUrl url, HttpHeaderList headers, QNetworkAccessManager *network,
                             QObject *parent)
    : McpTransport(parent)
    , m_url(std::move(url))
    , m_headers(std::move(headers))
    , m_network(network)
{}

HttpTransport::~HttpTransport()
{
    m_closed = true;
    const auto replies = m_exchanges.keys();
    m_exchanges.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpTransport::open()
{
    if (!m_url.isValid() ||
        (m_url.scheme() != QLatin1String("http") && m_url.scheme() != QLatin1String("https"))) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT failed(tr("%1 is not an http or https address").arg(m_url.toString()));
        });
        return;
    }
    QTimer::singleShot(0, this, &HttpTransport::opened);
}

QNetworkRequest HttpTransport::baseRequest() const
{
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    // A tool call may legitimately run for minutes; the client's per-call timeout decides, not the
    // transfer's.
    request.setTransferTimeout(0);
    for (const auto &[name, value] : m_headers)
        request.setRawHeader(name, value);
    if (!m_sessionId.isEmpty())
        request.setRawHeader(SessionHeader, m_sessionId);
    if (!m_protocolVersion.isEmpty())
        request.setRawHeader(VersionHeader, m_protocolVersion);
    if (m_auth) {
        const QByteArray authorization = m_auth->authorizationHeader();
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
    }
    return request;
}

void HttpTransport::send(const QByteArray &message, const QJsonValue &requestId,
                         const McpRequestHeaders &headers)
{
    if (m_closed || !m_network)
        return;
    qCDebug(lcMcp).noquote() << "->" << message.left(2000);
    if (!requestId.isUndefined() && !requestId.isNull())
        m_outstanding.insert(jsonRpcIdKey(requestId));
    post({message, headers, requestId, jsonRpcIdKey(requestId), {}, false}, false);
}

void HttpTransport::sendNotification(const QByteArray &message, DeliveryHandler delivered)
{
    if (m_closed || !m_network)
        return;
    qCDebug(lcMcp).noquote() << "->" << message.left(2000);
    const bool opensStandaloneStream =
        !m_modern && !m_standaloneOpened &&
        QJsonDocument::fromJson(message).object().value(QLatin1String("method")) ==
            QLatin1String("notifications/initialized");
    post({message, {}, {}, {}, std::move(delivered), opensStandaloneStream}, false);
}

bool HttpTransport::abortRequest(const QJsonValue &requestId)
{
    if (!m_modern)
        return false;
    const QString key = jsonRpcIdKey(requestId);
    m_outstanding.remove(key);
    for (auto it = m_exchanges.begin(); it != m_exchanges.end(); ++it) {
        if ((*it)->sent.requestKey != key)
            continue;
        QNetworkReply *reply = it.key();
        m_exchanges.erase(it);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        break;
    }
    return true;
}

void HttpTransport::post(Outgoing sent, bool authRetried)
{
    QNetworkRequest request = baseRequest();
    const McpRequestHeaders &headers = sent.headers;
    if (!headers.method.isEmpty()) {
        // 2026-07-28: the version of this request's _meta, whatever was agreed before (server/discover goes
        // out before anything is).
        request.setRawHeader(VersionHeader, headers.protocolVersion.toLatin1());
        request.setRawHeader(MethodHeader, headers.method.toLatin1());
        if (!headers.name.isEmpty())
            request.setRawHeader(NameHeader, mcpHeaderValue(headers.name));
        for (const auto &[name, value] : headers.params)
            request.setRawHeader(name, value);
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json, text/event-stream");
    auto exchange = std::make_shared<Exchange>();
    exchange->sent = std::move(sent);
    exchange->authRetried = authRetried;
    QNetworkReply *reply = m_network->post(request, exchange->sent.body);
    track(reply, std::move(exchange));
}

void HttpTransport::resume(const QJsonValue &requestId, const QString &lastEventId, int attempt)
{
    if (m_closed || !m_network)
        return;
    QNetworkRequest request = baseRequest();
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Last-Event-ID", lastEventId.toUtf8());
    auto exchange = std::make_shared<Exchange>();
    exchange->sent.requestId = requestId;
    exchange->sent.requestKey = jsonRpcIdKey(requestId);
    exchange->resumeAttempt = attempt;
    qCInfo(lcMcp) << "Resuming the stream for request" << exchange->sent.requestKey << "after event"
                  << lastEventId;
    track(m_network->get(request), std::move(exchange));
}

void HttpTransport::setProtocolVersion(const QString &version)
{
    m_protocolVersion = version.toUtf8();
    m_modern = isModernMcpVersion(version);
}

void HttpTransport::openStandaloneStream(const QString &lastEventId, int attempt)
{
    if (m_closed || !m_network)
        return;
    QNetworkRequest request = baseRequest();
    request.setRawHeader("Accept", "text/event-stream");
    if (!lastEventId.isEmpty())
        request.setRawHeader("Last-Event-ID", lastEventId.toUtf8());
    auto exchange = std::make_shared<Exchange>();
    exchange->standalone = true;
    exchange->resumeAttempt = attempt;
    track(m_network->get(request), std::move(exchange));
}

void HttpTransport::standaloneEnded(const Exchange &exchange, int status)
{
    if (status < 200 || status >= 300 || !exchange.eventStream) {
        // 405 is how a server says it offers no such stream; nothing is lost by not having one.
        qCInfo(lcMcp) << "The server offers no stream of its own (HTTP" << status << ")";
        return;
    }
    const int attempt = exchange.delivered ? 0 : exchange.resumeAttempt + 1;
    if (attempt > MaxResumeAttempts) {
        qCWarning(lcMcp) << "The server's own stream keeps closing; not reopening it";
        return;
    }
    const qint64 retry = exchange.sse->retryMilliseconds();
    const int delay = retry >= 0 ? int(qMin<qint64>(retry, 60000)) : DefaultRetryMs;
    QTimer::singleShot(delay, Qt::PreciseTimer, this,
                       [this, lastEventId = exchange.sse->lastEventId(), attempt] {
                           openStandaloneStream(lastEventId, attempt);
                       });
}

void HttpTransport::track(QNetworkReply *reply, std::shared_ptr<Exchange> exchange)
{
    m_exchanges.insert(reply, exchange);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (auto exchange = m_exchanges.value(reply))
            onHeaders(reply, *exchange);
    });
    connect(reply, &QIODevice::readyRead, this, [this, reply] {
        if (auto exchange = m_exchanges.value(reply))
            onReadyRead(reply, *exchange);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void HttpTransport::onHeaders(QNetworkReply *reply, Exchange &exchange)
{
    if (exchange.headersSeen || !reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        return;
    exchange.headersSeen = true;
    const QByteArray session = reply->rawHeader(SessionHeader);
    // 2026-07-28 has no sessions: a session id a server hands out to one of its requests (server/discover
    // included) is not repeated.
    if (!session.isEmpty() && !m_modern && exchange.sent.headers.method.isEmpty())
        m_sessionId = session;
    exchange.eventStream = isEventStream(reply);
    if (exchange.eventStream)
        exchange.sse = std::make_unique<SseDecoder>(maxMessageBytes());
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (length > maxMessageBytes())
        refuse(reply, exchange,
               tr("The server's answer of %1 MB is over the limit of %2 MB; it was refused")
                   .arg(length / (1024 * 1024))
                   .arg(maxMessageBytes() / (1024 * 1024)));
}

void HttpTransport::onReadyRead(QNetworkReply *reply, Exchange &exchange)
{
    onHeaders(reply, exchange);
    if (exchange.refused)
        return;
    const int status = statusOf(reply);
    const QByteArray bytes = reply->readAll();
    if (status < 200 || status >= 300) {
        // An error page: keep only its start, for the message.
        if (exchange.json.size() < 4096)
            exchange.json.append(bytes.left(4096 - exchange.json.size()));
        return;
    }
    if (exchange.eventStream) {
        exchange.sse->feed(bytes, [this, &exchange](SseEventView &event) {
            if (event.event().isEmpty() || event.event() == QLatin1String("message"))
                receive(exchange, event.data());
        });
        if (exchange.sse->lineTooLong())
            refuse(reply, exchange,
                   tr("The server sent a message over the limit of %1 MB; it was refused")
                       .arg(maxMessageBytes() / (1024 * 1024)));
        return;
    }
    if (exchange.json.size() + bytes.size() > maxMessageBytes()) {
        refuse(reply, exchange,
               tr("The server's answer is over the limit of %1 MB; it was refused")
                   .arg(maxMessageBytes() / (1024 * 1024)));
        return;
    }
    exchange.json.append(bytes);
}

void HttpTransport::receive(Exchange &exchange, QByteArrayView bytes)
{
    JsonRpcRead read = readJsonRpc(bytes, maxMessageBytes());
    if (!read.message) {
        qCWarning(lcMcp) << "Dropped a message from the server:" << read.problem;
        return;
    }
    if (read.message->isResponse())
        m_outstanding.remove(jsonRpcIdKey(read.message->id));
    exchange.delivered = true;
    qCDebug(lcMcp).noquote() << "<-" << bytes.first(qMin<qsizetype>(bytes.size(), 2000)).toByteArray();
    Q_EMIT messageReceived(*read.message);
}

void HttpTransport::refuse(QNetworkReply *reply, Exchange &exchange, const QString &reason)
{
    exchange.refused = true;
    exchange.json.clear();
    qCWarning(lcMcp).noquote() << reason;
    fail(exchange, reason);
    reply->abort();
}

void HttpTransport::fail(const Exchange &exchange, const QString &reason)
{
    if (exchange.sent.notificationDelivered) {
        exchange.sent.notificationDelivered(reason);
        return;
    }
    if (exchange.sent.requestKey.isEmpty() || !m_outstanding.remove(exchange.sent.requestKey))
        return;
    Q_EMIT requestFailed(exchange.sent.requestId, reason);
}

void HttpTransport::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const std::shared_ptr<Exchange> exchange = m_exchanges.take(reply);
    if (!exchange || m_closed)
        return;
    onHeaders(reply, *exchange);
    if (exchange->refused)
        return;
    if (reply->bytesAvailable() > 0)
        onReadyRead(reply, *exchange);
    if (exchange->refused)
        return;

    const int status = statusOf(reply);
    if (exchange->standalone) {
        standaloneEnded(*exchange, status);
        return;
    }
    if ((status == 401 || status == 403) && m_auth && !exchange->authRetried &&
        !exchange->sent.body.isEmpty()) {
        m_auth->handleUnauthorized(
            *reply, m_url, [this, guard = QPointer(this), exchange](bool retry, const QString &message) {
                if (!guard || m_closed)
                    return;
                m_accessRefused = !retry;
                if (!retry) {
                    fail(*exchange, message.isEmpty() ? tr("The server refused access (HTTP 401)") : message);
                    return;
                }
                post(exchange->sent, true);
            });
        return;
    }
    if (status == 404 && !m_sessionId.isEmpty()) {
        // 2025-11-25: a 404 for a request with a session id means the session is gone.
        m_sessionId.clear();
        fail(*exchange, tr("The server ended the session"));
        Q_EMIT failed(tr("The server ended the session"));
        return;
    }
    if (status == 0 || reply->error() != QNetworkReply::NoError) {
        if (exchange->eventStream && status >= 200 && status < 300) {
            streamEnded(*exchange);
            return;
        }
        if (status >= 400 && deliverErrorBody(*exchange))
            return;
        const QString reason = status >= 400
                                   ? tr("HTTP %1 from the server: %2")
                                         .arg(status)
                                         .arg(QString::fromUtf8(exchange->json.left(300)).simplified())
                                   : reply->errorString();
        fail(*exchange, reason);
        return;
    }
    if (exchange->eventStream) {
        exchange->sse->finish();
        streamEnded(*exchange);
        return;
    }
    if (!exchange->json.trimmed().isEmpty())
        receive(*exchange, exchange->json);
    if (exchange->sent.requestKey.isEmpty()) {
        accepted(*exchange);
        return;
    }
    fail(*exchange, tr("The server answered without a result (HTTP %1)").arg(status));
}

void HttpTransport::accepted(const Exchange &exchange)
{
    if (exchange.sent.opensStandaloneStream && !m_standaloneOpened) {
        m_standaloneOpened = true;
        openStandaloneStream({}, 0);
    }
    if (exchange.sent.notificationDelivered)
        exchange.sent.notificationDelivered({});
}

bool HttpTransport::deliverErrorBody(Exchange &exchange)
{
    // Only an error that names this very request is its answer; an error page, or the id-less error a legacy
    // server sends for a request before initialize, stays an HTTP failure.
    if (exchange.sent.requestKey.isEmpty() || exchange.json.isEmpty())
        return false;
    const JsonRpcRead read = readJsonRpc(exchange.json, maxMessageBytes());
    if (!read.message || read.message->kind != JsonRpcMessage::Kind::Error ||
        jsonRpcIdKey(read.message->id) != exchange.sent.requestKey)
        return false;
    receive(exchange, exchange.json);
    return true;
}

void HttpTransport::streamEnded(const Exchange &exchange)
{
    if (exchange.sent.requestKey.isEmpty()) {
        // A notification or an answer of ours that the server took with a stream instead of 202.
        accepted(exchange);
        return;
    }
    if (!m_outstanding.contains(exchange.sent.requestKey))
        return;
    const QString lastEventId = exchange.sse ? exchange.sse->lastEventId() : QString();
    // 2026-07-28 has no resumption by Last-Event-ID (streamable-http): the stream ends the request.
    if (m_modern || lastEventId.isEmpty() || exchange.resumeAttempt >= MaxResumeAttempts) {
        fail(exchange, tr("The server closed the stream before answering"));
        return;
    }
    const qint64 retry = exchange.sse->retryMilliseconds();
    const int delay = retry >= 0 ? int(qMin<qint64>(retry, 60000)) : DefaultRetryMs;
    QTimer::singleShot(delay, Qt::PreciseTimer, this,
                       [this, requestId = exchange.sent.requestId, lastEventId,
                        attempt = exchange.resumeAttempt + 1] { resume(requestId, lastEventId, attempt); });
}

void HttpTransport::close()
{
    if (m_closed)
        return;
    m_closed = true;
    const auto replies = m_exchanges.keys();
    m_exchanges.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (!m_sessionId.isEmpty() && m_network) {
        // Tell the server the session is over; nobody waits for its answer.
        QNetworkReply *reply = m_network->deleteResource(baseRequest());
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    QTimer::singleShot(0, this, &HttpTransport::closed);
}

} // namespace confab
