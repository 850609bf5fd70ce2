#pragma once

#include "mcp/McpServerConfig.h"

#include <QList>
#include <QString>

namespace confab {

class Settings;

// The user's MCP servers, kept in their settings file (the [mcp] groups) beside the other preferences.
// Secrets are not here: see McpSecretStore.
class McpServerList
{
public:
    explicit McpServerList(const Settings &settings);
    explicit McpServerList(QString settingsFile);

    QList<McpServerConfig> servers() const;
    std::optional<McpServerConfig> server(const QString &name) const;
    // Adds or replaces the server of that name.
    void save(const McpServerConfig &config);
    bool remove(const QString &name);

private:
    QString m_file;
};

} // namespace confab
