#pragma once

#include "domain/ToolCallRecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace confab {
class ConversationEngine;
class McpConnections;
} // namespace confab

namespace confab::cli {

// One line on stderr per tool call as it starts and ends, and its progress, so a terminal (or a log) shows
// what the model did; the answer itself stays alone on stdout.
class ToolCallLines : public QObject
{
public:
    ToolCallLines(ConversationEngine *engine, McpConnections *mcp, QStringList servers);

private:
    void show(int index, const ToolCallRecord &call);

    QStringList m_servers;
    QStringList m_reported;
    QHash<int, ToolCallRecord::State> m_states;
    QElapsedTimer m_progressClock;
};

} // namespace confab::cli
