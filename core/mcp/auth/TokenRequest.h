#pragma once

#include "mcp/auth/AuthDocuments.h"

#include <QByteArray>
#include <QStringList>
#include <QUrl>

namespace confab {

// The client as the authorization server knows it: registered (RFC 7591), pre-registered by the user, or
// a client ID metadata document URL (no secret).
struct OAuthClient
{
    QString clientId;
    QString clientSecret;
    QString tokenEndpointAuthMethod; // as registered; empty: chosen from the server's metadata
};

// A token endpoint request: the form body and, for client_secret_basic, the Authorization header.
struct TokenRequest
{
    QByteArray form;
    QByteArray authorization;
};

// How the client proves itself at the token endpoint (RFC 6749 §2.3, RFC 8414 token_endpoint_auth_methods):
// "none" without a secret, else the registered method, else basic when the server offers it (its default),
// else post.
QString tokenEndpointAuthMethod(const OAuthClient &client, const QStringList &serverMethods);

TokenRequest authorizationCodeRequest(const OAuthClient &client, const QStringList &serverMethods,
                                      const QString &code, const QUrl &redirectUri,
                                      const QByteArray &verifier, const QUrl &resource);
TokenRequest refreshTokenRequest(const OAuthClient &client, const QStringList &serverMethods,
                                 const QString &refreshToken, const QUrl &resource);

} // namespace confab
