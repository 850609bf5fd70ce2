#pragma once

#include "mcp/JsonRpcMessage.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>

namespace confab {

// What Streamable HTTP repeats of a request in its headers under 2026-07-28: the version of its _meta
// (MCP-Protocol-Version), its method (Mcp-Method) and the tool, prompt or resource it names (Mcp-Name). Empty
// for messages of 2025-11-25 and earlier, which carry only the version agreed at initialize.
struct McpRequestHeaders
{
    QString protocolVersion;
    QString method;
    QString name;
    QList<QPair<QByteArray, QByteArray>> params; // Mcp-Param-* of the tool's x-mcp-header arguments
};

// How MCP messages reach one server: stdio (a child process) or Streamable HTTP. Messages arriving are read
// and size-checked here, so the client above only sees well-formed JSON-RPC.
class McpTransport : public QObject
{
    Q_OBJECT

public:
    // No single message from a server may be larger than this (a tool result with images included).
    static constexpr qsizetype DefaultMaxMessageBytes = 32 * 1024 * 1024;

    using QObject::QObject;

    // Starts the process or checks nothing (HTTP connects per request); opened() or failed() follows.
    virtual void open() = 0;
    // Sends one encoded request or answer. requestId is the id of a request we send (null for our answers to
    // the server), so a transport that can lose a request's answer reports it by requestFailed().
    virtual void send(const QByteArray &message, const QJsonValue &requestId,
                      const McpRequestHeaders &headers) = 0;
    // What became of a notification: error is empty once the server has it (stdio: written to its input;
    // HTTP: the POST was accepted), else why not. Never called after close().
    using DeliveryHandler = std::function<void(const QString &error)>;
    // Sends one encoded notification; delivered (may be empty) is called later, from the event loop.
    virtual void sendNotification(const QByteArray &message, DeliveryHandler delivered) = 0;
    // Cancels a request by the transport's own means where the revision in use has one (2026-07-28 over
    // HTTP: closing the request's stream is the cancellation). False: send notifications/cancelled instead.
    virtual bool abortRequest(const QJsonValue &requestId)
    {
        Q_UNUSED(requestId);
        return false;
    }
    // Ends the connection (the process and its children, or the HTTP session); closed() follows.
    virtual void close() = 0;

    // The protocol revision agreed at initialize or chosen after server/discover, for transports that must
    // repeat it (HTTP's header) or whose shape depends on it (2026-07-28 HTTP has no session and no GET
    // stream).
    virtual void setProtocolVersion(const QString &version) { Q_UNUSED(version); }

    // Whether requests carry HTTP headers (Streamable HTTP), so tools whose x-mcp-header annotations break
    // the rules must be left out and the annotated arguments mirrored.
    virtual bool mirrorsHeaders() const { return false; }
    // The server refused access and no login made up for it (HTTP 401/403 that the McpAuthProvider could not
    // answer): trying another request now, as a fallback would, only asks for the login again.
    virtual bool accessRefused() const { return false; }

    void setMaxMessageBytes(qsizetype bytes) { m_maxMessageBytes = bytes; }
    qsizetype maxMessageBytes() const { return m_maxMessageBytes; }

Q_SIGNALS:
    void opened();
    void messageReceived(const confab::JsonRpcMessage &message);
    // One request's answer cannot come (its HTTP exchange failed, or its reply was over the limit).
    void requestFailed(const QJsonValue &requestId, const QString &reason);
    // The whole connection is unusable: the process did not start or exited, the server is unreachable.
    void failed(const QString &reason);
    // A message was refused (over the size limit) without its id being known: stdio cannot tell whose answer
    // it was, so the client fails what is waiting rather than letting it time out.
    void messageRefused(const QString &reason);
    void closed();

protected:
    // Reads one message and emits it; unreadable ones are logged and dropped (a notification or a garbled
    // line must not end the session). Returns false when the bytes were refused.
    bool deliver(QByteArrayView bytes);

private:
    qsizetype m_maxMessageBytes = DefaultMaxMessageBytes;
};

} // namespace confab
