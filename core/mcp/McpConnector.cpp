#include "mcp/McpConnector.h"

#include "mcp/HttpTransport.h"
#include "mcp/McpClient.h"
#include "mcp/StdioTransport.h"

namespace confab {

McpClient *createMcpClient(const McpServerConfig &config, const McpServerSecrets &secrets,
                           QNetworkAccessManager *network, QObject *parent, McpAuthProvider *auth)
{
    McpTransport *transport = nullptr;
    if (config.transport == McpServerConfig::Transport::Http) {
        auto *http = new HttpTransport(config.url, config.httpHeaders(secrets), network);
        http->setAuthProvider(auth);
        transport = http;
    } else {
        transport =
            new StdioTransport({config.command, config.arguments, config.processEnvironment(secrets), {}});
    }
    McpClientOptions options;
    options.requestTimeoutMs = config.timeoutSeconds * 1000;
    return new McpClient(transport, options, parent);
}

} // namespace confab
