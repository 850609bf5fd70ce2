#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace confab {

// The redirect URI of a native app (RFC 8252 §7.3): a listener on 127.0.0.1 that takes the browser's one
// GET /callback?code=…&state=…, answers it with a short page, and hands the full URL over. Anything else is
// answered 404 and ignored; a request line over 8 KB is dropped.
class LoopbackRedirect : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirect(QObject *parent = nullptr);

    // Listens on preferredPort when it is free (so a registered redirect URI stays valid), else on any port.
    bool listen(quint16 preferredPort = 0);
    QUrl redirectUri() const;
    void close();

Q_SIGNALS:
    void redirected(const QUrl &callbackUrl);

private:
    void serve(class QTcpSocket *socket);

    QTcpServer m_server;
};

} // namespace confab
