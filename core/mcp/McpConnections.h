#pragma once

#include "mcp/McpApprovals.h"
#include "mcp/McpChatServers.h"
#include "mcp/McpServerList.h"
#include "mcp/McpTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

namespace confab {

class McpClient;
class McpElicitor;
class McpSecretStore;
class McpSignIns;

// What the settings page and the engine know of one configured server.
struct McpServerStatus
{
    enum class State
    {
        Stopped,  // configured, not started (or disabled)
        Starting, // secrets read, process or HTTP session coming up, tools being listed
        Ready,    // tools known
        Failed,   // `error` says why; a stdio server's last stderr lines are in stderrTail
    };

    QString name;
    bool enabled = true;
    State state = State::Stopped;
    QList<McpTool> tools;
    QString error;
    QStringList stderrTail;
    // A remote server asked for a login (or the last one failed): Settings → Tools offers Sign in.
    bool signInNeeded = false;
    int timeoutSeconds = 60; // each tools/call
};

// The user's MCP servers as running connections: one McpClient per configured server, started when a chat
// (or the settings page) needs it and kept until the configuration changes or the app quits. Everything runs
// on the thread it lives on without blocking it; state changes come as statusChanged().
class McpConnections : public QObject
{
    Q_OBJECT

public:
    McpConnections(QString settingsFile, QString keychainService, QNetworkAccessManager *network,
                   QObject *parent = nullptr);
    ~McpConnections() override;

    // Every configured server, in the configuration's order, with its state.
    QList<McpServerStatus> statuses() const;
    McpServerStatus status(const QString &name) const;

    // Starts the named servers that are configured, enabled and not running or starting; a name not
    // configured (a chat from another machine may name one) is left alone.
    void start(const QStringList &names);
    // Calls done() once from the event loop when each named server is Ready, Failed or not startable, or
    // after timeoutMs.
    void whenSettled(const QStringList &names, int timeoutMs, std::function<void()> done);
    void restart(const QString &name);
    void stop(const QString &name);
    void stopAll();
    // The configuration changed (Settings → Tools, an import): servers removed or disabled are stopped, and
    // running ones whose configuration changed are started again.
    void reload();

    // The server's client while it is Ready, else nullptr.
    McpClient *client(const QString &name) const;
    // How long one tools/call of the server may take (its configured timeout).
    int callTimeoutMs(const QString &name) const;
    McpApprovals &approvals() { return m_approvals; }
    McpServerList &serverList() { return m_list; }
    McpChatServers &chatServers() { return m_chatServers; }
    // The logins of remote servers (McpSignIns.h); a server whose login succeeds is started again.
    McpSignIns &signIns() { return *m_signIns; }
    // Opens the login of a remote server that asked for one, in the browser.
    void signIn(const QString &name);
    // Who asks the user when a server wants input (not owned; nullptr: every such request is declined). Every
    // client declares the elicitation capability, so the one set when a server asks is the one that answers.
    void setElicitor(McpElicitor *elicitor) { m_elicitor = elicitor; }

Q_SIGNALS:
    void statusChanged(const QString &name);

private:
    struct Connection
    {
        McpServerConfig config;
        QPointer<McpClient> client;
        McpServerStatus status;
        quint64 generation = 0; // a restart makes callbacks of the old start stale
    };

    void startConnection(const QString &name);
    void connectClient(const QString &name, const McpServerSecrets &secrets);
    void listTools(const QString &name);
    void setFailed(const QString &name, const QString &reason);
    void changed(const QString &name);
    bool isSettled(const QString &name) const;

    McpServerList m_list;
    McpApprovals m_approvals;
    McpChatServers m_chatServers;
    McpSecretStore *m_secrets;
    McpSignIns *m_signIns;
    QNetworkAccessManager *m_network;
    McpElicitor *m_elicitor = nullptr;
    QHash<QString, Connection> m_connections;
    quint64 m_nextGeneration = 1;
};

} // namespace confab
