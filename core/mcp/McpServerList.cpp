#include "mcp/McpServerList.h"

#include "settings/Settings.h"

#include <QSettings>

namespace confab {

namespace {

const QString Group = QStringLiteral("mcpServers");

McpServerConfig read(QSettings &settings, const QString &name)
{
    settings.beginGroup(Group + QLatin1Char('/') + name);
    McpServerConfig config;
    config.name = name;
    config.transport = settings.value(QStringLiteral("transport")).toString() == QLatin1String("http")
                           ? McpServerConfig::Transport::Http
                           : McpServerConfig::Transport::Stdio;
    config.enabled = settings.value(QStringLiteral("enabled"), true).toBool();
    config.command = settings.value(QStringLiteral("command")).toString();
    config.arguments = settings.value(QStringLiteral("arguments")).toStringList();
    config.environmentNames = settings.value(QStringLiteral("environment")).toStringList();
    config.url = QUrl(settings.value(QStringLiteral("url")).toString());
    config.headerNames = settings.value(QStringLiteral("headers")).toStringList();
    config.timeoutSeconds = qBound(1, settings.value(QStringLiteral("timeoutSeconds"), 60).toInt(), 3600);
    settings.endGroup();
    return config;
}

} // namespace

McpServerList::McpServerList(const Settings &settings)
    : m_file(settings.fileName())
{}

McpServerList::McpServerList(QString settingsFile)
    : m_file(std::move(settingsFile))
{}

QList<McpServerConfig> McpServerList::servers() const
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.beginGroup(Group);
    const QStringList names = settings.childGroups();
    settings.endGroup();
    QList<McpServerConfig> servers;
    for (const QString &name : names) {
        if (McpServerConfig::isValidName(name))
            servers.append(read(settings, name));
    }
    return servers;
}

std::optional<McpServerConfig> McpServerList::server(const QString &name) const
{
    if (!McpServerConfig::isValidName(name))
        return std::nullopt;
    QSettings settings(m_file, QSettings::IniFormat);
    if (!settings.childGroups().contains(Group))
        return std::nullopt;
    settings.beginGroup(Group);
    const bool known = settings.childGroups().contains(name);
    settings.endGroup();
    if (!known)
        return std::nullopt;
    return read(settings, name);
}

void McpServerList::save(const McpServerConfig &config)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.remove(Group + QLatin1Char('/') + config.name);
    settings.beginGroup(Group + QLatin1Char('/') + config.name);
    const bool http = config.transport == McpServerConfig::Transport::Http;
    settings.setValue(QStringLiteral("transport"), http ? QStringLiteral("http") : QStringLiteral("stdio"));
    settings.setValue(QStringLiteral("enabled"), config.enabled);
    if (http) {
        settings.setValue(QStringLiteral("url"), config.url.toString());
        settings.setValue(QStringLiteral("headers"), config.headerNames);
    } else {
        settings.setValue(QStringLiteral("command"), config.command);
        settings.setValue(QStringLiteral("arguments"), config.arguments);
        settings.setValue(QStringLiteral("environment"), config.environmentNames);
    }
    settings.setValue(QStringLiteral("timeoutSeconds"), config.timeoutSeconds);
    settings.endGroup();
}

bool McpServerList::remove(const QString &name)
{
    if (!server(name))
        return false;
    QSettings settings(m_file, QSettings::IniFormat);
    settings.remove(Group + QLatin1Char('/') + name);
    return true;
}

} // namespace confab
