#include "mcp/auth/LoopbackRedirect.h"

#include <QTcpSocket>
#include <QTimer>

namespace confab {

namespace {
constexpr qsizetype maxRequestHeadBytes = 8 * 1024;
constexpr int socketTimeoutMs = 10'000;

QByteArray page(const QByteArray &status, const QString &text)
{
    const QByteArray body = "<!doctype html><meta charset=\"utf-8\"><title>Confab</title><p>" +
                            text.toHtmlEscaped().toUtf8() + "</p>";
    return "HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n" +
           body;
}
} // namespace

LoopbackRedirect::LoopbackRedirect(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

bool LoopbackRedirect::listen(quint16 preferredPort)
{
    if (m_server.isListening())
        return true;
    if (preferredPort != 0 && m_server.listen(QHostAddress::LocalHost, preferredPort))
        return true;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LoopbackRedirect::redirectUri() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server.serverPort()));
}

void LoopbackRedirect::close()
{
    m_server.close();
}

void LoopbackRedirect::serve(QTcpSocket *socket)
{
    socket->setParent(this);
    QTimer::singleShot(socketTimeoutMs, socket, &QTcpSocket::deleteLater);
    connect(socket, &QTcpSocket::disconnected, socket, &QTcpSocket::deleteLater);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
        if (socket->bytesAvailable() > maxRequestHeadBytes) {
            socket->abort();
            return;
        }
        if (!socket->canReadLine())
            return;
        const QList<QByteArray> requestLine = socket->readLine(maxRequestHeadBytes).trimmed().split(' ');
        const QUrl target = requestLine.size() == 3 ? QUrl::fromEncoded(requestLine[1]) : QUrl();
        if (requestLine.value(0) != "GET" || target.path() != QLatin1String("/callback")) {
            socket->write(page("404 Not Found", tr("Not found.")));
            socket->disconnectFromHost();
            return;
        }
        QUrl callback = redirectUri();
        callback.setQuery(target.query(QUrl::FullyEncoded), QUrl::StrictMode);
        const bool failed = callback.query().contains(QLatin1String("error="));
        socket->write(page("200 OK", failed ? tr("Sign-in did not succeed. Return to Confab to see why.")
                                            : tr("Signed in. You can close this tab and return to Confab.")));
        socket->disconnectFromHost();
        Q_EMIT redirected(callback);
    });
}

} // namespace confab
