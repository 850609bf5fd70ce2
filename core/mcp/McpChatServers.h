#pragma once

#include <QString>
#include <QStringList>

namespace confab {

// Which of the user's MCP servers each chat may use, and the choice new chats start with. Kept in the user's
// settings file on this machine, not in the history: servers are configured per machine, and a synced or
// imported chat must never make this one start a program.
class McpChatServers
{
public:
    explicit McpChatServers(QString settingsFile);

    // The chat's servers; a chat never chosen for has none.
    QStringList servers(qint64 sessionId) const;
    void setServers(qint64 sessionId, const QStringList &servers);
    void forget(qint64 sessionId);

    // What a new chat starts with (Settings → Tools); the engine copies it to the chat when it is created.
    QStringList defaultServers() const;
    void setDefaultServers(const QStringList &servers);

    // Drops a removed server from every chat's choice and from the default.
    void forgetServer(const QString &server);

private:
    QString m_file;
};

} // namespace confab
