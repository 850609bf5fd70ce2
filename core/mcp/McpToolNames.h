#pragma once

#include "mcp/McpTypes.h"

#include <QHash>
#include <QJsonArray>
#include <QString>

namespace confab {

// The tools of a chat's servers as the model sees them: one OpenAI-style function per tool, named
// "SERVER__TOOL" (reduced to the characters and 64-character length providers accept), and the way back from
// that name to the server and tool a call means.
class McpToolNames
{
public:
    struct Target
    {
        QString server;
        McpTool tool;
    };

    // Adds a server's tools; a name that would collide with one already there (or with reserved, e.g. the
    // image tools) gets a numbered suffix so every function name stays unique.
    void addServer(const QString &server, const QList<McpTool> &tools, const QStringList &reserved = {});

    QJsonArray definitions() const { return m_definitions; }
    const Target *target(const QString &functionName) const;
    int size() const { return int(m_targets.size()); }
    QStringList functionNames() const { return m_targets.keys(); }

    static QString functionName(const QString &server, const QString &tool);

private:
    QHash<QString, Target> m_targets;
    QJsonArray m_definitions;
};

} // namespace confab
