#include "mcp/McpApprovals.h"

#include <QSettings>

namespace confab {

namespace {

const QString Group = QStringLiteral("mcpApprovals");

QString toolKey(const QString &server, const QString &tool)
{
    // Tool names may hold characters QSettings treats as separators; the key is encoded.
    return Group + QLatin1Char('/') + server + QStringLiteral("/tools/") +
           QString::fromLatin1(
               tool.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

McpApprovals::McpApprovals(QString settingsFile)
    : m_file(std::move(settingsFile))
{}

bool McpApprovals::isPreApproved(const QString &server, const McpTool &tool) const
{
    if (isTrusted(server))
        return true;
    QSettings settings(m_file, QSettings::IniFormat);
    const QByteArray remembered = settings.value(toolKey(server, tool.name)).toByteArray();
    return !remembered.isEmpty() && remembered == tool.fingerprint();
}

bool McpApprovals::changedSinceApproved(const QString &server, const McpTool &tool) const
{
    QSettings settings(m_file, QSettings::IniFormat);
    const QByteArray remembered = settings.value(toolKey(server, tool.name)).toByteArray();
    return !remembered.isEmpty() && remembered != tool.fingerprint();
}

void McpApprovals::record(const QString &server, const McpTool &tool, McpDecision decision)
{
    if (decision != McpDecision::AlwaysAllow)
        return;
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(toolKey(server, tool.name), tool.fingerprint());
}

bool McpApprovals::isTrusted(const QString &server) const
{
    QSettings settings(m_file, QSettings::IniFormat);
    return settings.value(Group + QLatin1Char('/') + server + QStringLiteral("/trusted")).toBool();
}

void McpApprovals::setTrusted(const QString &server, bool trusted)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(Group + QLatin1Char('/') + server + QStringLiteral("/trusted"), trusted);
}

void McpApprovals::forget(const QString &server)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.remove(Group + QLatin1Char('/') + server);
}

} // namespace confab
