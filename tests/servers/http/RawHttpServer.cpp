#include "RawHttpServer.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace confab::testserver {

QJsonObject HttpRequest::jsonBody() const
{
    return QJsonDocument::fromJson(body).object();
}

QUrl HttpRequest::url() const
{
    // A client talking to a proxy names the whole URL (RFC 9112 3.2.2, absolute-form); any other sends the
    // path.
    if (isAbsoluteForm())
        return QUrl::fromEncoded(target);
    return QUrl::fromEncoded("http://h" + target);
}

bool HttpRequest::isAbsoluteForm() const
{
    return target.startsWith("http://") || target.startsWith("https://");
}

QString HttpRequest::path() const
{
    return url().path();
}

QString HttpRequest::query(const QString &key) const
{
    return QUrlQuery(url()).queryItemValue(key, QUrl::FullyDecoded);
}

HttpExchange::HttpExchange(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{}

QByteArray HttpExchange::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

static QByteArray statusBlock(int status, const QByteArray &contentType,
                              const QHash<QByteArray, QByteArray> &extraHeaders)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpExchange::reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    for (auto it = extraHeaders.cbegin(); it != extraHeaders.cend(); ++it)
        head += it.key() + ": " + it.value() + "\r\n";
    head += "Connection: close\r\n";
    return head;
}

void HttpExchange::respond(int status, const QByteArray &contentType, const QByteArray &body,
                           const QHash<QByteArray, QByteArray> &extraHeaders)
{
    writeRaw(statusBlock(status, contentType, extraHeaders) +
             "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    if (m_socket)
        m_socket->disconnectFromHost();
}

void HttpExchange::respondJson(int status, const QByteArray &json,
                               const QHash<QByteArray, QByteArray> &extraHeaders)
{
    respond(status, "application/json", json, extraHeaders);
}

void HttpExchange::beginStream(int status, const QByteArray &contentType,
                               const QHash<QByteArray, QByteArray> &extraHeaders, bool chunked)
{
    m_chunked = chunked;
    writeRaw(statusBlock(status, contentType, extraHeaders) + "Cache-Control: no-cache\r\n" +
             (chunked ? "Transfer-Encoding: chunked\r\n" : "") + "\r\n");
}

void HttpExchange::send(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_chunked)
        writeRaw(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
    else
        writeRaw(bytes);
}

void HttpExchange::sendParts(const QList<QByteArray> &parts, int delayMs, std::function<void()> then)
{
    if (parts.isEmpty() || !isOpen()) {
        if (then && isOpen())
            then();
        return;
    }
    send(parts.first());
    QList<QByteArray> rest = parts.mid(1);
    QTimer::singleShot(delayMs, this, [this, rest, delayMs, then] { sendParts(rest, delayMs, then); });
}

void HttpExchange::close()
{
    if (!m_socket)
        return;
    if (m_chunked)
        writeRaw("0\r\n\r\n");
    m_socket->disconnectFromHost();
}

void HttpExchange::abort()
{
    if (m_socket)
        m_socket->abort();
}

bool HttpExchange::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpExchange::writeRaw(const QByteArray &bytes)
{
    if (!isOpen())
        return;
    m_socket->write(bytes);
    m_socket->flush();
}

RawHttpServer::RawHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RawHttpServer::onNewConnection);
}

RawHttpServer::~RawHttpServer()
{
    // The sockets die with m_server, after this object's other members: stop them calling back first.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>()) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
    }
}

bool RawHttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 RawHttpServer::port() const
{
    return m_server.serverPort();
}

QUrl RawHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void RawHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        // Streamed parts must leave one by one, as the test wrote them, not coalesced by Nagle's algorithm.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void RawHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;

    HttpRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.header("content-length").toLongLong();
    if (buffer.size() - headerEnd - 4 < length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    // One request per connection: the exchange owns the rest of this socket's life.
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);

    m_requests.append(request);
    emit requestReceived(request);
    auto *exchange = new HttpExchange(socket, socket);
    if (m_handler)
        m_handler(request, exchange);
    else
        exchange->respondJson(404, R"({"error":"no handler"})");
}

} // namespace confab::testserver
