#include "mcp/McpServerConfig.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace confab {

namespace {

QJsonObject toObject(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, QString> toMap(const QJsonObject &object)
{
    QMap<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace

QByteArray McpServerSecrets::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("env"), toObject(environment)},
                                     {QStringLiteral("headers"), toObject(headers)}})
        .toJson(QJsonDocument::Compact);
}

McpServerSecrets McpServerSecrets::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    return {toMap(object.value(QLatin1String("env")).toObject()),
            toMap(object.value(QLatin1String("headers")).toObject())};
}

bool McpServerConfig::isValidName(const QString &name)
{
    // The name is a settings group and part of each tool's name for the model (server__tool), so it stays
    // plain.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,40}$"));
    return plain.match(name).hasMatch();
}

QString McpServerConfig::target() const
{
    if (transport == Transport::Http)
        return url.toString(QUrl::RemoveUserInfo);
    QStringList parts{command};
    parts.append(arguments);
    return parts.join(QLatin1Char(' '));
}

QProcessEnvironment McpServerConfig::processEnvironment(const McpServerSecrets &secrets) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environmentNames)
        environment.insert(name, secrets.environment.value(name));
    return environment;
}

HttpHeaderList McpServerConfig::httpHeaders(const McpServerSecrets &secrets) const
{
    HttpHeaderList headers;
    for (const QString &name : headerNames)
        headers.append({name.toUtf8(), secrets.headers.value(name).toUtf8()});
    return headers;
}

} // namespace confab
