#include "cli/ToolCallLines.h"

#include "cli/Output.h"
#include "engine/ConversationEngine.h"
#include "mcp/McpConnections.h"

#include <QCoreApplication>

#include <algorithm>

namespace confab::cli {

ToolCallLines::ToolCallLines(ConversationEngine *engine, McpConnections *mcp, QStringList servers)
    : m_servers(std::move(servers))
{
    QObject::connect(engine, &ConversationEngine::toolCallChanged, this,
                     [this](qint64, qint64, int index, const ToolCallRecord &call) { show(index, call); });
    QObject::connect(mcp, &McpConnections::statusChanged, this, [this, mcp](const QString &name) {
        const McpServerStatus status = mcp->status(name);
        if (!m_servers.contains(name) || status.state != McpServerStatus::State::Failed ||
            m_reported.contains(name))
            return;
        m_reported << name;
        QString text =
            QCoreApplication::translate("ChatCommand", "confab: the MCP server %1 is not available: %2\n")
                .arg(name, status.error);
        for (const QString &line :
             status.stderrTail.mid(std::max<qsizetype>(0, status.stderrTail.size() - 5)))
            text += QStringLiteral("  | ") + line + u'\n';
        err(text);
    });
}

void ToolCallLines::show(int index, const ToolCallRecord &call)
{
    const QString name = call.server + u'/' + call.tool;
    const ToolCallRecord::State before = m_states.value(index, ToolCallRecord::State::Asking);
    const bool first = !m_states.contains(index);
    m_states.insert(index, call.state);
    QString arguments = call.arguments;
    if (arguments.size() > 200)
        arguments = arguments.left(200) + QStringLiteral("…");
    switch (call.state) {
    case ToolCallRecord::State::Asking:
        return;
    case ToolCallRecord::State::Running:
        if (first || before != ToolCallRecord::State::Running) {
            err(QCoreApplication::translate("ChatCommand", "[tool] %1 %2\n").arg(name, arguments));
            return;
        }
        // Progress, at most twice a second: a server may send it in a flood.
        if (call.progress >= 0 && m_progressClock.isValid() && m_progressClock.elapsed() < 500)
            return;
        m_progressClock.start();
        if (call.progress >= 0)
            err(QCoreApplication::translate("ChatCommand", "[tool] %1 progress %2%3 %4\n")
                    .arg(name, QString::number(call.progress),
                         call.total > 0 ? QStringLiteral("/") + QString::number(call.total) : QString(),
                         call.progressMessage));
        return;
    case ToolCallRecord::State::Done:
        err(QCoreApplication::translate("ChatCommand", "[tool] %1 %2 in %3 ms%4\n")
                .arg(name, call.isError ? QCoreApplication::translate("ChatCommand", "reported an error")
                                        : QCoreApplication::translate("ChatCommand", "answered"))
                .arg(call.durationMs)
                .arg(call.imageHashes.isEmpty()
                         ? QString()
                         : QCoreApplication::translate("ChatCommand", ", %n picture(s)", nullptr,
                                                       int(call.imageHashes.size()))));
        return;
    case ToolCallRecord::State::Failed:
        err(QCoreApplication::translate("ChatCommand", "[tool] %1 failed: %2\n").arg(name, call.error));
        return;
    case ToolCallRecord::State::Denied:
        err(QCoreApplication::translate("ChatCommand", "[tool] %1 denied: %2\n").arg(name, call.error));
        return;
    case ToolCallRecord::State::Cancelled:
        err(QCoreApplication::translate("ChatCommand", "[tool] %1 cancelled\n").arg(name));
        return;
    }
}

} // namespace confab::cli
