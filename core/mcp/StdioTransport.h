#pragma once

#include "mcp/LineReader.h"
#include "mcp/McpTransport.h"
#include "mcp/ServerProcessGroup.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

#include <deque>

namespace confab {

// What to run for a stdio server.
struct StdioServerCommand
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString workingDirectory = {};
};

// MCP over a child process's stdin/stdout, one JSON message a line. The server runs in its own process
// group, so ending it ends whatever it started (npx → node, a shell → its children). stderr goes to the log
// and its last lines are kept for the settings page.
class StdioTransport : public McpTransport
{
    Q_OBJECT

public:
    static constexpr int StderrTailLines = 40;

    explicit StdioTransport(StdioServerCommand command, QObject *parent = nullptr);
    ~StdioTransport() override;

    void open() override;
    void send(const QByteArray &message, const QJsonValue &requestId,
              const McpRequestHeaders &headers) override;
    void sendNotification(const QByteArray &message, DeliveryHandler delivered) override;
    // As the specification asks: stdin closed, then SIGTERM to the group after a grace period, then SIGKILL
    // (on Windows: the job object terminated).
    void close() override;

    QStringList stderrTail() const { return {m_stderrTail.begin(), m_stderrTail.end()}; }
    qint64 processId() const { return m_process.processId(); }

private:
    bool write(const QByteArray &message);
    void readStdout();
    void readStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    StdioServerCommand m_command;
    QProcess m_process;
    LineReader m_lines;
    LineReader m_stderrLines;
    std::deque<QString> m_stderrTail;
    QTimer m_terminate;
    ServerProcessGroup m_group;
    bool m_closing = false;
};

} // namespace confab
