#pragma once

#include "mcp/HttpTransport.h"

#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace confab {

// The secret half of a server's configuration: environment values and header values, which live in the
// keychain (McpSecretStore) and never in the settings file, an export or a synced folder.
struct McpServerSecrets
{
    QMap<QString, QString> environment;
    QMap<QString, QString> headers;

    QByteArray toJson() const;
    static McpServerSecrets fromJson(const QByteArray &json);
    bool isEmpty() const { return environment.isEmpty() && headers.isEmpty(); }
};

// One MCP server the user configured. Only the user's own settings hold these: a server never comes from a
// synced folder or a chat export, so nothing another machine writes can make this one run a program.
struct McpServerConfig
{
    enum class Transport
    {
        Stdio,
        Http,
    };

    QString name;
    Transport transport = Transport::Stdio;
    bool enabled = true;
    QString command;
    QStringList arguments;
    QStringList environmentNames; // their values are secrets
    QUrl url;
    QStringList headerNames; // their values are secrets
    int timeoutSeconds = 60;

    static bool isValidName(const QString &name);
    // One line for `confab mcp list` and the settings page: the command line or the URL.
    QString target() const;

    // The process environment for a stdio server: the user's environment plus the server's own values.
    QProcessEnvironment processEnvironment(const McpServerSecrets &secrets) const;
    HttpHeaderList httpHeaders(const McpServerSecrets &secrets) const;

    bool operator==(const McpServerConfig &) const = default;
};

} // namespace confab
