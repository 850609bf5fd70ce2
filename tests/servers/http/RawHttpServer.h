#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace confab::testserver {

struct HttpRequest
{
    QByteArray method;
    QByteArray target;                     // path and query, or the whole URL when sent to a proxy; as sent
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QUrl url() const;
    bool isAbsoluteForm() const; // the request was sent to a proxy
    QString path() const;
    QString query(const QString &key) const;
    QJsonObject jsonBody() const; // the body read as a JSON object; empty when it is not one
};

// One request's connection. Writes go out exactly as given, so a test decides every byte and every split.
// The response ends with the connection (Connection: close), as a streaming server's would.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    HttpExchange(QTcpSocket *socket, QObject *parent);

    // A complete response with Content-Length.
    void respond(int status, const QByteArray &contentType, const QByteArray &body,
                 const QHash<QByteArray, QByteArray> &extraHeaders = {});
    void respondJson(int status, const QByteArray &json,
                     const QHash<QByteArray, QByteArray> &extraHeaders = {});

    // A streamed response: headers now, body parts later, then close(). With chunked = true each part is
    // framed as one HTTP chunk; otherwise the body is raw and ends when the connection closes.
    void beginStream(int status, const QByteArray &contentType,
                     const QHash<QByteArray, QByteArray> &extraHeaders = {}, bool chunked = false);
    void send(const QByteArray &bytes);
    // Schedules parts to go out one by one, delayMs apart, each flushed on its own so reads split where they
    // do.
    void sendParts(const QList<QByteArray> &parts, int delayMs, std::function<void()> then = {});
    void close(); // graceful end of the body
    void abort(); // connection reset, no terminating chunk: an abrupt drop
    bool isOpen() const;

    static QByteArray reasonPhrase(int status);

private:
    void writeRaw(const QByteArray &bytes);

    QPointer<QTcpSocket> m_socket;
    bool m_chunked = false;
};

// A minimal HTTP/1.1 server on 127.0.0.1 that hands each parsed request to a handler and keeps a log of what
// arrived, for assertions about what the client sent.
class RawHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, HttpExchange *)>;

    explicit RawHttpServer(QObject *parent = nullptr);
    ~RawHttpServer() override;

    bool listen(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<HttpRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

signals:
    void requestReceived(const confab::testserver::HttpRequest &request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<HttpRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace confab::testserver
