#include "mcp/McpServerImport.h"

#include "mcp/McpText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace confab {

McpServerImport McpServerImport::fromJson(const QByteArray &json)
{
    McpServerImport import;
    if (json.size() > MaxBytes) {
        import.problems.append(
            McpText::tr("The file is larger than 1 MB; an MCP configuration is far smaller."));
        return import;
    }
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError) {
        import.problems.append(McpText::tr("Not JSON: %1").arg(error.errorString()));
        return import;
    }
    const QJsonObject servers = root.value(QLatin1String("mcpServers")).toObject();
    if (servers.isEmpty()) {
        import.problems.append(McpText::tr("No \"mcpServers\" object in the file."));
        return import;
    }
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        McpImportedServer server;
        server.config.name = it.key();
        if (!McpServerConfig::isValidName(it.key())) {
            import.problems.append(
                McpText::tr("%1: a server name may only have letters, digits, - and _ (at most 40)")
                    .arg(it.key()));
            continue;
        }
        const QString type = entry.value(QLatin1String("type")).toString();
        if (entry.contains(QLatin1String("url"))) {
            if (type == QLatin1String("sse")) {
                import.problems.append(
                    McpText::tr("%1: the old HTTP+SSE transport is not supported").arg(it.key()));
                continue;
            }
            server.config.transport = McpServerConfig::Transport::Http;
            server.config.url = QUrl(entry.value(QLatin1String("url")).toString());
            if (!server.config.url.isValid() || (server.config.url.scheme() != QLatin1String("https") &&
                                                 server.config.url.scheme() != QLatin1String("http"))) {
                import.problems.append(McpText::tr("%1: not an http or https URL").arg(it.key()));
                continue;
            }
            const QJsonObject headers = entry.value(QLatin1String("headers")).toObject();
            for (auto header = headers.begin(); header != headers.end(); ++header) {
                server.config.headerNames.append(header.key());
                server.secrets.headers.insert(header.key(), header.value().toString());
            }
        } else {
            server.config.command = entry.value(QLatin1String("command")).toString();
            if (server.config.command.isEmpty()) {
                import.problems.append(McpText::tr("%1: neither a command nor a URL").arg(it.key()));
                continue;
            }
            for (const QJsonValue &argument : entry.value(QLatin1String("args")).toArray())
                server.config.arguments.append(argument.toString());
            const QJsonObject environment = entry.value(QLatin1String("env")).toObject();
            for (auto variable = environment.begin(); variable != environment.end(); ++variable) {
                server.config.environmentNames.append(variable.key());
                server.secrets.environment.insert(variable.key(), variable.value().toString());
            }
        }
        server.config.enabled = !entry.value(QLatin1String("disabled")).toBool();
        import.servers.append(server);
    }
    return import;
}

} // namespace confab
