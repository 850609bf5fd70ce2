#pragma once

#include "mcp/McpTransport.h"
#include "sse/SseDecoder.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace confab {

class McpAuthProvider;

using HttpHeaderList = QList<QPair<QByteArray, QByteArray>>;

// MCP's Streamable HTTP transport: every message is a POST to the one endpoint, answered by JSON, by an SSE
// stream that carries the answer (and the server's own requests and progress before it), or by 202 for
// notifications and our answers. In 2025-11-25 the session id the server hands out at initialize goes on
// every later request, and a POST stream the server closes before the answer is resumed with GET and
// Last-Event-ID after the stream's retry time, as SEP-1699 lets servers do. In 2026-07-28 there is no session
// and no GET: each POST carries MCP-Protocol-Version, Mcp-Method and Mcp-Name, and closing a request's stream
// cancels it. A 4xx whose body is a JSON-RPC error for the request is delivered as that error, so the client
// can tell a modern server's refusal (its error codes) from a legacy server's.
class HttpTransport : public McpTransport
{
    Q_OBJECT

public:
    static constexpr int DefaultRetryMs = 1000;
    static constexpr int MaxResumeAttempts = 5;

    HttpTransport(QUrl url, HttpHeaderList headers, QNetworkAccessManager *network,
                  QObject *parent = nullptr);
    ~HttpTransport() override;

    // Not owned; it must outlive the transport. Without one, a 401 is an error like any other.
    void setAuthProvider(McpAuthProvider *provider) { m_auth = provider; }

    void open() override;
    void send(const QByteArray &message, const QJsonValue &requestId,
              const McpRequestHeaders &headers) override;
    // Delivered once the server accepts the POST (202). The initialized notification's acceptance opens, for
    // 2025-11-25, the standalone GET stream on which the server sends what belongs to no request of ours
    // (list_changed, and requests such as elicitation that an SDK server sends outside any request's
    // stream); 2026-07-28 has none.
    void sendNotification(const QByteArray &message, DeliveryHandler delivered) override;
    bool abortRequest(const QJsonValue &requestId) override;
    bool mirrorsHeaders() const override { return true; }
    bool accessRefused() const override { return m_accessRefused; }
    void close() override;
    void setProtocolVersion(const QString &version) override;

    QByteArray sessionId() const { return m_sessionId; }

private:
    // What an exchange sends, kept whole so the same message can go again after a login.
    struct Outgoing
    {
        QByteArray body; // empty for a GET that resumes a stream
        McpRequestHeaders headers;
        QJsonValue requestId;
        QString requestKey;
        DeliveryHandler notificationDelivered; // set for a notification
        bool opensStandaloneStream = false;    // the initialized notification of a 2025-11-25 session
    };
    struct Exchange
    {
        Outgoing sent;
        bool authRetried = false;
        bool headersSeen = false;
        bool eventStream = false;
        bool refused = false;
        bool standalone = false;
        bool delivered = false;
        int resumeAttempt = 0;
        QByteArray json;
        std::unique_ptr<SseDecoder> sse;
    };

    QNetworkRequest baseRequest() const;
    void post(Outgoing sent, bool authRetried);
    void accepted(const Exchange &exchange);
    bool deliverErrorBody(Exchange &exchange);
    void resume(const QJsonValue &requestId, const QString &lastEventId, int attempt);
    void openStandaloneStream(const QString &lastEventId, int attempt);
    void standaloneEnded(const Exchange &exchange, int status);
    void track(QNetworkReply *reply, std::shared_ptr<Exchange> exchange);
    void onHeaders(QNetworkReply *reply, Exchange &exchange);
    void onReadyRead(QNetworkReply *reply, Exchange &exchange);
    void onFinished(QNetworkReply *reply);
    void refuse(QNetworkReply *reply, Exchange &exchange, const QString &reason);
    void receive(Exchange &exchange, QByteArrayView bytes);
    void fail(const Exchange &exchange, const QString &reason);
    void streamEnded(const Exchange &exchange);

    QUrl m_url;
    HttpHeaderList m_headers;
    QPointer<QNetworkAccessManager> m_network;
    McpAuthProvider *m_auth = nullptr;
    QByteArray m_sessionId;
    QByteArray m_protocolVersion;
    QHash<QNetworkReply *, std::shared_ptr<Exchange>> m_exchanges;
    QSet<QString> m_outstanding; // keys of our requests whose answer has not come yet
    bool m_closed = false;
    bool m_standaloneOpened = false;
    bool m_modern = false;
    bool m_accessRefused = false;
};

} // namespace confab
