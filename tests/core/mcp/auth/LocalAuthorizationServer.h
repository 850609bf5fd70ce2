#pragma once

#include "http/RawHttpServer.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace confab::test {

// A protected MCP endpoint and its authorization server on loopback, shaped after the 2025-11-25 revision's
// basic/authorization and the conformance suite's auth scenarios (which approve at once and redirect back).
// Each knob breaks one rule so a test can see the client notice; every request is kept for assertions.
class LocalAuthorizationServer
{
public:
    LocalAuthorizationServer();

    QUrl mcpUrl() const;
    QUrl issuer() const;
    // Paths asked for on either server, in order ("rs GET /x" / "as POST /y").
    const QStringList &log() const { return m_log; }
    // The last request to a path on the authorization server (empty when none came).
    testserver::HttpRequest lastAuthRequest(const QString &path) const;

    // Protected resource.
    QString prmPath = QStringLiteral("/.well-known/oauth-protected-resource/mcp");
    bool prmInChallenge = true;
    QString challengeScope;
    QStringList scopesSupported;
    // Scope a token must carry or the endpoint answers 403 insufficient_scope (empty: any token does).
    QString requiredScope;

    // Authorization server.
    QString issuerPath; // "/tenant1" for a path issuer
    QString metadataPath = QStringLiteral("/.well-known/oauth-authorization-server");
    bool advertisePkce = true;
    bool advertiseIss = false; // authorization_response_iss_parameter_supported
    QString issInRedirect;     // sent as iss= when not empty
    bool offerRegistration = true;
    int tokenStatus = 200;
    QByteArray tokenErrorBody;
    int accessTokenLifetime = 3600;
    // Scopes the server grants at most (empty: whatever was asked for).
    QStringList scopeCeiling;

    // What the server handed out and accepts now.
    QString validToken;
    QString refreshToken = QStringLiteral("refresh-secret-7f3a9");
    QString clientSecret = QStringLiteral("client-secret-41c2e");
    QString grantedScope;
    int issued = 0;

    // Ends the validity of the current access token (as expiry would).
    void expireToken() { validToken.clear(); }

private:
    void serveResource(const testserver::HttpRequest &request, testserver::HttpExchange *exchange);
    void serveAuth(const testserver::HttpRequest &request, testserver::HttpExchange *exchange);
    QByteArray metadata() const;
    QJsonObject mcpAnswer(const QByteArray &body) const;
    QByteArray challenge(const QString &error, const QString &scope) const;
    void issueToken(testserver::HttpExchange *exchange, const QString &scope);

    testserver::RawHttpServer m_resource;
    testserver::RawHttpServer m_auth;
    QStringList m_log;
    QString m_codeChallenge;
    QString m_authorizedScope;
};

} // namespace confab::test
