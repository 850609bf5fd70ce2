#pragma once

#include "mcp/McpServerConfig.h"

class QNetworkAccessManager;
class QObject;

namespace confab {

class McpClient;

// The one place a configured server becomes a client: the transport its configuration names, with its secrets
// put where they belong (the process environment, HTTP headers) and its timeout. Not started.
McpClient *createMcpClient(const McpServerConfig &config, const McpServerSecrets &secrets,
                           QNetworkAccessManager *network, QObject *parent = nullptr);

} // namespace confab
