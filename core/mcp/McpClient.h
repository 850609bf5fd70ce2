#pragma once

#include "limits/Backoff.h"
#include "mcp/JsonRpcMessage.h"
#include "mcp/McpRevision.h"
#include "mcp/McpTransport.h"
#include "mcp/McpTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QTimer;

namespace confab {

struct McpClientOptions
{
    QString clientName = QStringLiteral("Confab");
    QString clientVersion;
    int requestTimeoutMs = 60'000;
    int initializeTimeoutMs = 30'000;
    // How long server/discover may go unanswered before the server is taken for a legacy one that ignores
    // requests before initialize (2026-07-28 stdio "Backward Compatibility").
    int discoverTimeoutMs = 10'000;
    // The waits before a 2026-07-28 subscriptions/listen stream that ended is opened again; reset each time a
    // change comes on one.
    BackoffPolicy listenRetry;
};

// One connection to an MCP server, in the revision the server speaks: first server/discover (2026-07-28); a
// server that answers it is spoken to statelessly, with _meta on every request; one that refuses it in any
// other way than a 2026-07-28 error, or stays silent, gets the 2025-11-25 lifecycle (initialize,
// initialized). Requests have a timeout each; the server's requests are answered; tools are listed and
// called, with the multi round-trip retries a 2026-07-28 server asks for; a 2026-07-28 server that can tell
// of tool-list changes is listened to on a subscriptions/listen stream once the tools were listed. Runs on
// the thread it lives on and never blocks it: every answer comes back through a callback from the event loop.
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
    // The server asks the user for input (elicitation/create, form mode: a request of its own in 2025-11-25,
    // an input request of an InputRequiredResult in 2026-07-28). respond() takes the ElicitResult
    // ({"action": "accept"|"decline"|"cancel", "content": {...}}) and may be called later, from the event
    // loop. Set it before start(): it is what the client declares as its elicitation capability.
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
    // The server speaks 2026-07-28 (it answered server/discover).
    bool isModern() const { return m_modern; }
    QString instructions() const { return m_instructions; }
    QJsonObject serverCapabilities() const { return m_serverCapabilities; }
    McpTransport *transport() const { return m_transport; }

    void setElicitationHandler(ElicitationHandler handler) { m_elicitation = std::move(handler); }

    // Sends a request; returns its id. timeoutMs < 0 uses the options' timeout. A progress handler asks the
    // server for progress notifications (a progress token in _meta); each one also restarts the timeout.
    QJsonValue request(const QString &method, QJsonObject params, ResultHandler handler, int timeoutMs = -1,
                       ProgressHandler progress = {});
    // delivered, when given, hears whether the server got it (see McpTransport::sendNotification).
    void notify(const QString &method, const QJsonObject &params = {},
                McpTransport::DeliveryHandler delivered = {});
    // Cancels a request still pending (notifications/cancelled, or in 2026-07-28 over HTTP closing its
    // stream); its handler is told "cancelled" at once. A tool call waiting for the user's input to a
    // multi round-trip request is cancelled by the id callTool() returned.
    void cancel(const QJsonValue &requestId, const QString &reason);

    // Every page of tools/list, following nextCursor. The first listing of a 2026-07-28 server whose tools
    // have listChanged opens the subscriptions/listen stream its toolsChanged() come on.
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
    // A failed request: code is the JSON-RPC error code, 0 when no answer came (timeout, transport).
    struct RequestError
    {
        RequestError() = default;
        RequestError(QString text, int errorCode = 0, QJsonValue errorData = {})
            : message(std::move(text))
            , code(errorCode)
            , data(std::move(errorData))
        {}
        QString message;
        int code = 0;
        QJsonValue data;
    };
    using ResponseHandler = std::function<void(const QJsonValue &result, const RequestError &error)>;
    struct InputRound;

    struct Pending
    {
        QJsonValue id;
        QString method;
        ResponseHandler handler;
        ProgressHandler progress;
        QTimer *timer = nullptr;
        int timeoutMs = 0;
    };

    QJsonValue sendRequest(const QString &method, QJsonObject params, ResponseHandler handler, int timeoutMs,
                           ProgressHandler progress, const QString &version);
    void cancelPending(const QJsonValue &id, const QString &reason);
    QJsonObject clientCapabilities() const;
    QJsonObject clientInfo() const;
    void discover();
    void onDiscovered(const QJsonValue &result, const RequestError &error);
    void becomeModern(const QJsonObject &discovered);
    void initialize();
    void onInitialized(const QJsonObject &result);
    void becomeReady();
    void sendInputRound(std::shared_ptr<InputRound> round);
    void answerInputRequests(std::shared_ptr<InputRound> round, const QJsonObject &result);
    void cancelInputRound(const std::shared_ptr<InputRound> &round, const QString &reason);
    void setState(State state);
    void fail(const QString &reason);
    void onMessage(const JsonRpcMessage &message);
    void onResponse(const JsonRpcMessage &message);
    void onServerRequest(const JsonRpcMessage &message);
    void onNotification(const JsonRpcMessage &message);
    void finish(const QString &key, const QJsonValue &result, const RequestError &error);
    void failAll(const QString &reason);
    void listToolsPage(const QString &cursor, QList<McpTool> tools, ToolsHandler handler);
    bool acceptParamHeaders(const McpTool &tool);
    void listenForToolChanges();
    void sendListen();
    void onListenEnded(const QJsonValue &id, const RequestError &error);
    void stopListening();
    bool onSubscriptionNotification(const JsonRpcMessage &message);

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
    // Tool calls in 2026-07-28's multi round-trip: by the id callTool() returned, while they go on.
    QHash<QString, std::shared_ptr<InputRound>> m_inputRounds;
    bool m_modern = false;
    // The x-mcp-header annotations of the tools listed last (2026-07-28 over HTTP), by tool name.
    QHash<QString, QList<McpParamHeader>> m_paramHeaders;
    qint64 m_nextId = 1;
    // The subscriptions/listen request out now (undefined when none), whether one is wanted at all, and the
    // retries of one that ended.
    QJsonValue m_listenId{QJsonValue::Undefined};
    bool m_listenWanted = false;
    Backoff m_listenBackoff;
    QTimer *m_relisten = nullptr;
    // Bounds the wait for the server to accept notifications/initialized (2025-11-25 over HTTP: its 202).
    QTimer *m_initializedWait = nullptr;
};

} // namespace confab
