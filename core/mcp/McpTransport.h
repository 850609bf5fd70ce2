#pragma once

#include "mcp/JsonRpcMessage.h"

#include <QObject>
#include <QString>

namespace confab {

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
    // Sends one encoded message. requestId is the id of a request we send (null for notifications and our
    // answers to the server), so a transport that can lose a request's answer reports it by requestFailed().
    virtual void send(const QByteArray &message, const QJsonValue &requestId) = 0;
    // Ends the connection (the process and its children, or the HTTP session); closed() follows.
    virtual void close() = 0;

    // The protocol revision agreed at initialize, for transports that must repeat it (HTTP's header).
    virtual void setProtocolVersion(const QString &version) { Q_UNUSED(version); }

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
