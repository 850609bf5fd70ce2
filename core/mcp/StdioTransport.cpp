#include "mcp/StdioTransport.h"

#include "mcp/McpLog.h"

#include <QTimer>

namespace confab {

namespace {

constexpr int GraceMs = 2000;
constexpr qsizetype StderrLineBytes = 4096;

} // namespace

StdioTransport::StdioTransport(StdioServerCommand command, QObject *parent)
    : McpTransport(parent)
    , m_command(std::move(command))
    , m_lines(DefaultMaxMessageBytes)
    , m_stderrLines(StderrLineBytes)
{
    m_process.setProgram(m_command.program);
    m_process.setArguments(m_command.arguments);
    m_process.setProcessEnvironment(m_command.environment);
    if (!m_command.workingDirectory.isEmpty())
        m_process.setWorkingDirectory(m_command.workingDirectory);
    ServerProcessGroup::prepare(m_process);

    m_terminate.setSingleShot(true);
    connect(&m_process, &QProcess::started, this, [this] {
        m_group.adopt(m_process.processId());
        Q_EMIT opened();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &StdioTransport::readStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, &StdioTransport::readStderr);
    connect(&m_process, &QProcess::finished, this, &StdioTransport::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(tr("Could not start %1: %2").arg(m_command.program, m_process.errorString()));
    });
}

StdioTransport::~StdioTransport()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // No event loop to wait in: end the whole group at once.
    m_process.disconnect(this);
    m_group.terminate();
    m_process.waitForFinished(1000);
}

void StdioTransport::open()
{
    m_lines = LineReader(maxMessageBytes());
    qCInfo(lcMcp).noquote() << "Starting" << m_command.program << m_command.arguments.join(QLatin1Char(' '));
    m_process.start(QIODevice::ReadWrite);
}

void StdioTransport::send(const QByteArray &message, const QJsonValue &requestId,
                          const McpRequestHeaders &headers)
{
    // stdio has no header layer: everything the headers would repeat is in the message itself.
    Q_UNUSED(requestId);
    Q_UNUSED(headers);
    write(message);
}

void StdioTransport::sendNotification(const QByteArray &message, DeliveryHandler delivered)
{
    const bool written = write(message);
    if (!delivered)
        return;
    // The pipe keeps the order of what is written, so a notification written is as good as delivered.
    QTimer::singleShot(0, this, [this, written, delivered = std::move(delivered)] {
        if (!m_closing)
            delivered(written ? QString() : tr("The server's process is not running"));
    });
}

bool StdioTransport::write(const QByteArray &message)
{
    if (m_process.state() != QProcess::Running)
        return false;
    qCDebug(lcMcp).noquote() << "->" << message.left(2000);
    m_process.write(message);
    m_process.write("\n", 1);
    return true;
}

void StdioTransport::close()
{
    if (m_process.state() == QProcess::NotRunning) {
        Q_EMIT closed();
        return;
    }
    m_closing = true;
    m_process.closeWriteChannel();
    m_terminate.disconnect();
    connect(&m_terminate, &QTimer::timeout, this, [this] {
        m_group.askToEnd();
        m_terminate.disconnect();
        connect(&m_terminate, &QTimer::timeout, this, [this] { m_group.terminate(); });
        m_terminate.start(GraceMs);
    });
    m_terminate.start(GraceMs);
}

void StdioTransport::readStdout()
{
    const QByteArray bytes = m_process.readAllStandardOutput();
    m_lines.feed(bytes, [this](QByteArrayView line, bool tooLong) {
        if (tooLong) {
            const QString reason = tr("%1 sent a message over the limit of %2 MB; it was refused")
                                       .arg(m_command.program)
                                       .arg(maxMessageBytes() / (1024 * 1024));
            qCWarning(lcMcp).noquote() << reason;
            Q_EMIT messageRefused(reason);
            return;
        }
        deliver(line);
    });
}

void StdioTransport::readStderr()
{
    const QByteArray bytes = m_process.readAllStandardError();
    m_stderrLines.feed(bytes, [this](QByteArrayView line, bool tooLong) {
        const QString text = tooLong ? tr("(a line over 4 KB)") : QString::fromUtf8(line);
        qCInfo(lcMcp).noquote() << m_command.program << "stderr:" << text;
        m_stderrTail.push_back(text);
        if (m_stderrTail.size() > StderrTailLines)
            m_stderrTail.pop_front();
    });
}

void StdioTransport::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_terminate.stop();
    // Children the server left behind go with it.
    m_group.terminate();
    m_group.release();
    if (m_closing) {
        Q_EMIT closed();
        return;
    }
    const QString reason = status == QProcess::CrashExit
                               ? tr("%1 crashed").arg(m_command.program)
                               : tr("%1 exited with code %2").arg(m_command.program).arg(exitCode);
    qCWarning(lcMcp).noquote() << reason;
    Q_EMIT failed(reason);
}

} // namespace confab
