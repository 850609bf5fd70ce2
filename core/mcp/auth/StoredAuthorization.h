#pragma once

#include "mcp/auth/OAuthLogin.h"

#include <QDateTime>

#include <optional>

namespace confab {

// What a login leaves behind for one MCP server, kept in the keychain as one JSON entry: the client, the
// tokens, and what a refresh needs without discovering the server again.
struct StoredAuthorization
{
    OAuthGrant grant;
    QDateTime expiresAt; // invalid: the server gave no lifetime
    QUrl tokenEndpoint;
    QStringList tokenEndpointAuthMethods;
    QUrl resource;
    QString issuer;

    QByteArray toJson() const;
    // Refuses anything that is not a complete record (a damaged or foreign keychain entry is hostile input).
    static std::optional<StoredAuthorization> fromJson(const QByteArray &json);
};

} // namespace confab
