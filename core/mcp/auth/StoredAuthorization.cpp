#include "mcp/auth/StoredAuthorization.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace confab {

QByteArray StoredAuthorization::toJson() const
{
    QJsonObject object{
        {QStringLiteral("client_id"), grant.client.clientId},
        {QStringLiteral("client_secret"), grant.client.clientSecret},
        {QStringLiteral("token_endpoint_auth_method"), grant.client.tokenEndpointAuthMethod},
        {QStringLiteral("redirect_uri"), grant.redirectUri.toString()},
        {QStringLiteral("access_token"), grant.tokens.accessToken},
        {QStringLiteral("refresh_token"), grant.tokens.refreshToken},
        {QStringLiteral("scope"), grant.tokens.scope},
        {QStringLiteral("requested_scope"), grant.requestedScope},
        {QStringLiteral("expires_at"), expiresAt.isValid() ? expiresAt.toSecsSinceEpoch() : -1},
        {QStringLiteral("token_endpoint"), tokenEndpoint.toString()},
        {QStringLiteral("token_endpoint_auth_methods"), QJsonArray::fromStringList(tokenEndpointAuthMethods)},
        {QStringLiteral("resource"), resource.toString()},
        {QStringLiteral("issuer"), issuer},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<StoredAuthorization> StoredAuthorization::fromJson(const QByteArray &json)
{
    if (json.size() > maxAuthDocumentBytes)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    auto text = [&object](const char *name) { return object.value(QLatin1String(name)).toString(); };
    StoredAuthorization stored;
    stored.grant.client = {text("client_id"), text("client_secret"), text("token_endpoint_auth_method")};
    stored.grant.redirectUri = QUrl(text("redirect_uri"));
    stored.grant.tokens.accessToken = text("access_token");
    stored.grant.tokens.refreshToken = text("refresh_token");
    stored.grant.tokens.scope = text("scope");
    stored.grant.requestedScope = text("requested_scope");
    // Range-checked as a double: a huge number must not reach the conversion to an integer.
    const double expiresAt = object.value(QLatin1String("expires_at")).toDouble(-1);
    if (expiresAt >= 0 && expiresAt < 1e11)
        stored.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(expiresAt));
    stored.tokenEndpoint = QUrl(text("token_endpoint"), QUrl::StrictMode);
    for (const QJsonValue &method : object.value(QLatin1String("token_endpoint_auth_methods")).toArray())
        stored.tokenEndpointAuthMethods.append(method.toString());
    stored.resource = QUrl(text("resource"), QUrl::StrictMode);
    stored.issuer = text("issuer");
    if (stored.grant.client.clientId.isEmpty() || stored.grant.tokens.accessToken.isEmpty() ||
        !isAcceptableEndpoint(stored.tokenEndpoint) || !stored.resource.isValid())
        return std::nullopt;
    return stored;
}

} // namespace confab
