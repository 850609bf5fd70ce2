#pragma once

#include "mcp/McpServerConfig.h"

class QNetworkAccessManager;
class QObject;

namespace confab {

class McpAuthProvider;
class McpClient;

// The one place a configured server becomes a client: the transport its configuration names, with its secrets
// put where they belong (the process environment, HTTP headers) and its timeout. Not started. auth (not
// owned) answers a remote server's 401 with a login instead of an error.
McpClient *createMcpClient(const McpServerConfig &config, const McpServerSecrets &secrets,
                           QNetworkAccessManager *network, QObject *parent = nullptr,
                           McpAuthProvider *auth = nullptr);

} // namespace confab
