#pragma once

#include "mcp/JsonRpcMessage.h"
#include "mcp/McpTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace confab {

class McpTransport;

struct McpClientOptions
{
    QString clientName = QStringLiteral("Confab");
    QString clientVersion;
    int requestTimeoutMs = 60'000;
    int initializeTimeoutMs = 30'000;
};

// One connection to an MCP server: the 2025-11-25 lifecycle (initialize, initialized), requests with a
// timeout each, answers to the server's requests, and tools. Runs on the thread it lives on and never blocks
// it: every answer comes back through a callback from the event loop.
class McpClient : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Connecting,
        Ready,
        Failed,
        Closed,
    };
    Q_ENUM(State)

    // error is empty on success.
    using ResultHandler = std::function<void(const QJsonValue &result, const QString &error)>;
    using ProgressHandler = std::function<void(const McpProgress &progress)>;
    using ToolsHandler = std::function<void(const QList<McpTool> &tools, const QString &error)>;
    using ToolResultHandler = std::function<void(const McpToolResult &result, const QString &error)>;
    // The server asks the user for input (elicitation/create, form mode). respond() takes the ElicitResult
    // ({"action": "accept"|"decline"|"cancel", "content": {...}}) and may be called later, from the event
    // loop.
    using ElicitationHandler =
        std::function<void(const QJsonObject &params, std::function<void(QJsonObject)> respond)>;

    // Takes ownership of the transport.
    McpClient(McpTransport *transport, McpClientOptions options, QObject *parent = nullptr);
    ~McpClient() override;

    void start();
    // Cancels what is pending and closes the transport (which ends a stdio server's process group).
    void stop();

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    QString serverName() const { return m_serverName; }
    QString serverVersion() const { return m_serverVersion; }
    QString protocolVersion() const { return m_protocolVersion; }
    QString instructions() const { return m_instructions; }
    QJsonObject serverCapabilities() const { return m_serverCapabilities; }
    McpTransport *transport() const { return m_transport; }

    void setElicitationHandler(ElicitationHandler handler) { m_elicitation = std::move(handler); }

    // Sends a request; returns its id. timeoutMs < 0 uses the options' timeout. A progress handler asks the
    // server for progress notifications (a progress token in _meta); each one also restarts the timeout.
    QJsonValue request(const QString &method, QJsonObject params, ResultHandler handler, int timeoutMs = -1,
                       ProgressHandler progress = {});
    void notify(const QString &method, const QJsonObject &params = {});
    // notifications/cancelled for a request still pending; its handler is told "cancelled" at once.
    void cancel(const QJsonValue &requestId, const QString &reason);

    // Every page of tools/list, following nextCursor.
    void listTools(ToolsHandler handler);
    QJsonValue callTool(const QString &name, const QJsonObject &arguments, ToolResultHandler handler,
                        ProgressHandler progress = {}, int timeoutMs = -1);

    int pendingRequests() const { return int(m_pending.size()); }

Q_SIGNALS:
    void stateChanged(confab::McpClient::State state);
    void ready();
    void failed(const QString &reason);
    void toolsChanged();
    void closed();

private:
    struct Pending
    {
        QJsonValue id;
        QString method;
        ResultHandler handler;
        ProgressHandler progress;
        QTimer *timer = nullptr;
        int timeoutMs = 0;
    };

    void initialize();
    void setState(State state);
    void fail(const QString &reason);
    void onMessage(const JsonRpcMessage &message);
    void onResponse(const JsonRpcMessage &message);
    void onServerRequest(const JsonRpcMessage &message);
    void onNotification(const JsonRpcMessage &message);
    void finish(const QString &key, const QJsonValue &result, const QString &error);
    void failAll(const QString &reason);
    void listToolsPage(const QString &cursor, QList<McpTool> tools, ToolsHandler handler);

    McpTransport *m_transport;
    McpClientOptions m_options;
    State m_state = State::Idle;
    QString m_lastError;
    QString m_serverName;
    QString m_serverVersion;
    QString m_protocolVersion;
    QString m_instructions;
    QJsonObject m_serverCapabilities;
    ElicitationHandler m_elicitation;
    QHash<QString, Pending> m_pending;
    qint64 m_nextId = 1;
};

} // namespace confab
