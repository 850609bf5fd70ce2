#include "mcp/McpChatServers.h"

#include "mcp/McpServerConfig.h"

#include <QSettings>

namespace confab {

namespace {

const QString ChatsGroup = QStringLiteral("mcpChats");
const QString DefaultKey = QStringLiteral("mcpChats/default");

QString chatKey(qint64 sessionId)
{
    return ChatsGroup + QStringLiteral("/session") + QString::number(sessionId);
}

// Only names a server could have: the list is read back from a file the user may edit.
QStringList cleaned(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names)
        if (McpServerConfig::isValidName(name) && !out.contains(name))
            out.append(name);
    return out;
}

} // namespace

McpChatServers::McpChatServers(QString settingsFile)
    : m_file(std::move(settingsFile))
{}

QStringList McpChatServers::servers(qint64 sessionId) const
{
    QSettings settings(m_file, QSettings::IniFormat);
    return cleaned(settings.value(chatKey(sessionId)).toStringList());
}

void McpChatServers::setServers(qint64 sessionId, const QStringList &servers)
{
    QSettings settings(m_file, QSettings::IniFormat);
    const QStringList names = cleaned(servers);
    if (names.isEmpty())
        settings.remove(chatKey(sessionId));
    else
        settings.setValue(chatKey(sessionId), names);
}

void McpChatServers::forget(qint64 sessionId)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.remove(chatKey(sessionId));
}

QStringList McpChatServers::defaultServers() const
{
    QSettings settings(m_file, QSettings::IniFormat);
    return cleaned(settings.value(DefaultKey).toStringList());
}

void McpChatServers::setDefaultServers(const QStringList &servers)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(DefaultKey, cleaned(servers));
}

void McpChatServers::forgetServer(const QString &server)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.beginGroup(ChatsGroup);
    for (const QString &key : settings.childKeys()) {
        QStringList names = settings.value(key).toStringList();
        if (names.removeAll(server) > 0) {
            if (names.isEmpty() && key != QLatin1String("default"))
                settings.remove(key);
            else
                settings.setValue(key, names);
        }
    }
    settings.endGroup();
}

} // namespace confab
