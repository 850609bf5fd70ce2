#pragma once

#include <QList>
#include <QUrl>

namespace confab {

// Where the metadata of the MCP authorization flow may live, in the order the 2025-11-25 revision tells
// clients to try them (basic/authorization, "Protected Resource Metadata Discovery Requirements" and
// "Authorization Server Metadata Discovery").

// RFC 9728 §3.1: the path-inserted well-known URI of the MCP endpoint first, then the host's root one.
QList<QUrl> protectedResourceMetadataUrls(const QUrl &serverUrl);

// For an issuer with a path: RFC 8414 path insertion, OpenID Connect path insertion, OpenID Connect path
// appending. Without a path: RFC 8414, then OpenID Connect.
QList<QUrl> authorizationServerMetadataUrls(const QUrl &issuer);

// RFC 8707 / MCP "Canonical Server URI": scheme and host in lower case, no fragment, no trailing slash.
QUrl canonicalResource(const QUrl &serverUrl);

// RFC 9728 §3.3 as the MCP clients apply it: the metadata's resource must be the server's URL or a parent of
// it on the same origin, or the metadata is for some other resource and the flow stops.
bool resourceCovers(const QUrl &resource, const QUrl &serverUrl);

} // namespace confab
