#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace confab {

// The documents of the MCP authorization flow, read from hostile input: every parser takes the raw body,
// refuses anything over maxAuthDocumentBytes or not shaped as its RFC says, and says why in *error.
inline constexpr qsizetype maxAuthDocumentBytes = 256 * 1024;

// One "Bearer" challenge of a WWW-Authenticate header (RFC 6750 §3, resource_metadata from RFC 9728 §5.1).
struct BearerChallenge
{
    bool present = false;
    QString error; // "invalid_token", "insufficient_scope", …
    QString errorDescription;
    QString scope; // space-separated, as the server asks for it
    QUrl resourceMetadata;
};

// The Bearer challenge among the header's challenges; present is false when there is none.
BearerChallenge parseBearerChallenge(const QByteArray &header);

// RFC 9728 §2: the protected resource's metadata.
struct ProtectedResourceMetadata
{
    QUrl resource;
    QList<QUrl> authorizationServers;
    QStringList scopesSupported;
};

// RFC 8414 §2 (and OpenID Connect Discovery, which shares these fields).
struct AuthorizationServerMetadata
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl registrationEndpoint;
    QStringList codeChallengeMethodsSupported;
    QStringList tokenEndpointAuthMethodsSupported;
    QStringList scopesSupported;
    bool clientIdMetadataDocumentSupported = false;
    bool issParameterSupported = false; // RFC 9207 authorization_response_iss_parameter_supported
};

// RFC 6749 §5.1.
struct TokenResponse
{
    QString accessToken;
    QString refreshToken;
    QString scope;
    qint64 expiresInSeconds = -1; // -1: not given
};

// RFC 7591 §3.2.1.
struct ClientRegistration
{
    QString clientId;
    QString clientSecret;
    QString tokenEndpointAuthMethod;
};

// RFC 6749 §5.2: an error body of the token or registration endpoint, if the body is one.
struct OAuthErrorBody
{
    QString error;
    QString description;
};

std::optional<ProtectedResourceMetadata> parseProtectedResourceMetadata(const QByteArray &body,
                                                                        QString *error);
std::optional<AuthorizationServerMetadata> parseAuthorizationServerMetadata(const QByteArray &body,
                                                                            QString *error);
std::optional<TokenResponse> parseTokenResponse(const QByteArray &body, QString *error);
std::optional<ClientRegistration> parseClientRegistration(const QByteArray &body, QString *error);
std::optional<OAuthErrorBody> parseOAuthErrorBody(const QByteArray &body);

// Endpoints must be https, or http on this machine (RFC 8252 §8.3 loopback; the test servers live there).
bool isAcceptableEndpoint(const QUrl &url);
bool isLoopbackHost(const QString &host);

} // namespace confab
