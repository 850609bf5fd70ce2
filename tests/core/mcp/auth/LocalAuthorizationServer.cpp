#include "LocalAuthorizationServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace confab::test {

using testserver::HttpExchange;
using testserver::HttpRequest;

namespace {
QString formValue(const HttpRequest &request, const QString &key)
{
    return QUrlQuery(QString::fromLatin1(request.body)).queryItemValue(key, QUrl::FullyDecoded);
}
} // namespace

LocalAuthorizationServer::LocalAuthorizationServer()
{
    m_resource.listen();
    m_auth.listen();
    m_resource.setHandler([this](const HttpRequest &r, HttpExchange *e) { serveResource(r, e); });
    m_auth.setHandler([this](const HttpRequest &r, HttpExchange *e) { serveAuth(r, e); });
}

QUrl LocalAuthorizationServer::mcpUrl() const
{
    return m_resource.baseUrl().resolved(QUrl(QStringLiteral("/mcp")));
}

QUrl LocalAuthorizationServer::issuer() const
{
    QUrl url = m_auth.baseUrl();
    url.setPath(issuerPath);
    return url;
}

HttpRequest LocalAuthorizationServer::lastAuthRequest(const QString &path) const
{
    for (auto it = m_auth.requests().crbegin(); it != m_auth.requests().crend(); ++it)
        if (it->path() == path)
            return *it;
    return {};
}

QByteArray LocalAuthorizationServer::challenge(const QString &error, const QString &scope) const
{
    QByteArray header = "Bearer";
    QStringList params;
    if (!error.isEmpty())
        params << QStringLiteral("error=\"%1\"").arg(error);
    if (!scope.isEmpty())
        params << QStringLiteral("scope=\"%1\"").arg(scope);
    if (prmInChallenge)
        params << QStringLiteral("resource_metadata=\"%1\"")
                      .arg(m_resource.baseUrl().resolved(QUrl(prmPath)).toString());
    return header + ' ' + params.join(QStringLiteral(", ")).toUtf8();
}

void LocalAuthorizationServer::serveResource(const HttpRequest &request, HttpExchange *exchange)
{
    m_log << QStringLiteral("rs %1 %2").arg(QString::fromLatin1(request.method), request.path());
    if (request.path() == prmPath) {
        QJsonObject prm{{QStringLiteral("resource"), mcpUrl().toString()},
                        {QStringLiteral("authorization_servers"), QJsonArray{issuer().toString()}}};
        if (!scopesSupported.isEmpty())
            prm.insert(QStringLiteral("scopes_supported"), QJsonArray::fromStringList(scopesSupported));
        exchange->respondJson(200, QJsonDocument(prm).toJson());
        return;
    }
    if (request.path() != QLatin1String("/mcp")) {
        exchange->respondJson(404, R"({"error":"not_found"})");
        return;
    }
    const QByteArray sent = request.header("authorization");
    if (validToken.isEmpty() || sent != "Bearer " + validToken.toUtf8()) {
        exchange->respond(
            401, "application/json", R"({"error":"invalid_token"})",
            {{"WWW-Authenticate",
              challenge(sent.isEmpty() ? QString() : QStringLiteral("invalid_token"), challengeScope)}});
        return;
    }
    if (!requiredScope.isEmpty() && !grantedScope.split(u' ').contains(requiredScope)) {
        exchange->respond(
            403, "application/json", R"({"error":"insufficient_scope"})",
            {{"WWW-Authenticate", challenge(QStringLiteral("insufficient_scope"), requiredScope)}});
        return;
    }
    // No stream for the standalone GET: 405, as basic/transports lets a server answer.
    if (request.method == "GET") {
        exchange->respond(405, "application/json", {});
        return;
    }
    const QJsonObject message = QJsonDocument::fromJson(request.body).object();
    if (message.contains(QStringLiteral("method")) && !message.contains(QStringLiteral("id"))) {
        exchange->respond(202, "application/json", {});
        return;
    }
    exchange->respondJson(200, QJsonDocument(mcpAnswer(request.body)).toJson(QJsonDocument::Compact));
}

// Just enough of MCP 2025-11-25 behind the login for a client to become ready: initialize and a one-tool
// tools/list (basic/lifecycle, server/tools); notifications get 202 (basic/transports). Anything else, and
// the bare `{}` the flow tests send, gets an empty result.
QJsonObject LocalAuthorizationServer::mcpAnswer(const QByteArray &body) const
{
    const QJsonObject message = QJsonDocument::fromJson(body).object();
    const QString method = message.value(QStringLiteral("method")).toString();
    QJsonObject result;
    if (method == QLatin1String("initialize"))
        result = {
            {QStringLiteral("protocolVersion"), QStringLiteral("2025-11-25")},
            {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("tools"), QJsonObject{}}}},
            {QStringLiteral("serverInfo"), QJsonObject{{QStringLiteral("name"), QStringLiteral("local")},
                                                       {QStringLiteral("version"), QStringLiteral("1")}}}};
    else if (method == QLatin1String("tools/list"))
        result = {
            {QStringLiteral("tools"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("whoami")},
                                    {QStringLiteral("inputSchema"),
                                     QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}}}};
    return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
            {QStringLiteral("id"),
             message.contains(QStringLiteral("id")) ? message.value(QStringLiteral("id")) : QJsonValue(1)},
            {QStringLiteral("result"), result}};
}

QByteArray LocalAuthorizationServer::metadata() const
{
    const QString base = issuer().toString();
    QJsonObject object{
        {QStringLiteral("issuer"), base},
        {QStringLiteral("authorization_endpoint"), QString(base + QStringLiteral("/authorize"))},
        {QStringLiteral("token_endpoint"), QString(base + QStringLiteral("/token"))},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("client_secret_post")}}};
    if (offerRegistration)
        object.insert(QStringLiteral("registration_endpoint"), QString(base + QStringLiteral("/register")));
    if (advertisePkce)
        object.insert(QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")});
    if (advertiseIss)
        object.insert(QStringLiteral("authorization_response_iss_parameter_supported"), true);
    return QJsonDocument(object).toJson();
}

void LocalAuthorizationServer::serveAuth(const HttpRequest &request, HttpExchange *exchange)
{
    const QString path = request.path();
    m_log << QStringLiteral("as %1 %2").arg(QString::fromLatin1(request.method), path);
    if (path == metadataPath) {
        exchange->respondJson(200, metadata());
    } else if (path == issuerPath + QStringLiteral("/register") && request.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        exchange->respondJson(
            201, QJsonDocument(
                     QJsonObject{
                         {QStringLiteral("client_id"), QStringLiteral("client-1")},
                         {QStringLiteral("client_secret"), clientSecret},
                         {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_post")},
                         {QStringLiteral("redirect_uris"), body.value(QStringLiteral("redirect_uris"))}})
                     .toJson());
    } else if (path == issuerPath + QStringLiteral("/authorize")) {
        m_codeChallenge = request.query(QStringLiteral("code_challenge"));
        m_authorizedScope = request.query(QStringLiteral("scope"));
        QUrl back(request.query(QStringLiteral("redirect_uri")));
        QUrlQuery answer;
        answer.addQueryItem(QStringLiteral("code"), QStringLiteral("code-%1").arg(issued + 1));
        answer.addQueryItem(QStringLiteral("state"), request.query(QStringLiteral("state")));
        if (!issInRedirect.isEmpty())
            answer.addQueryItem(QStringLiteral("iss"), issInRedirect);
        back.setQuery(answer);
        exchange->respond(302, "text/plain", "redirecting", {{"Location", back.toEncoded()}});
    } else if (path == issuerPath + QStringLiteral("/token") && request.method == "POST") {
        if (tokenStatus != 200) {
            exchange->respondJson(tokenStatus, tokenErrorBody);
            return;
        }
        const QString grant = formValue(request, QStringLiteral("grant_type"));
        if (formValue(request, QStringLiteral("client_secret")) != clientSecret) {
            exchange->respondJson(401, R"({"error":"invalid_client"})");
        } else if (grant == QLatin1String("authorization_code")) {
            const QByteArray verifier = formValue(request, QStringLiteral("code_verifier")).toLatin1();
            const QString computed = QString::fromLatin1(
                QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            if (computed != m_codeChallenge)
                exchange->respondJson(400,
                                      R"({"error":"invalid_grant","error_description":"PKCE mismatch"})");
            else
                issueToken(exchange, m_authorizedScope);
        } else if (grant == QLatin1String("refresh_token") &&
                   formValue(request, QStringLiteral("refresh_token")) == refreshToken) {
            issueToken(exchange, grantedScope);
        } else {
            exchange->respondJson(400, R"({"error":"invalid_grant"})");
        }
    } else {
        exchange->respondJson(404, R"({"error":"not_found"})");
    }
}

void LocalAuthorizationServer::issueToken(HttpExchange *exchange, const QString &scope)
{
    ++issued;
    validToken = QStringLiteral("access-secret-%1-9d1e").arg(issued);
    grantedScope = scope;
    if (!scopeCeiling.isEmpty()) {
        QStringList granted = scope.split(u' ', Qt::SkipEmptyParts);
        granted.removeIf([this](const QString &s) { return !scopeCeiling.contains(s); });
        grantedScope = granted.join(u' ');
    }
    QJsonObject token{{QStringLiteral("access_token"), validToken},
                      {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                      {QStringLiteral("expires_in"), accessTokenLifetime},
                      {QStringLiteral("refresh_token"), refreshToken}};
    if (!grantedScope.isEmpty())
        token.insert(QStringLiteral("scope"), grantedScope);
    exchange->respondJson(200, QJsonDocument(token).toJson());
}

} // namespace confab::test
