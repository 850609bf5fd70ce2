#include "mcp/McpTransport.h"

#include "mcp/McpLog.h"

namespace confab {

bool McpTransport::deliver(QByteArrayView bytes)
{
    JsonRpcRead read = readJsonRpc(bytes, m_maxMessageBytes);
    if (!read.message) {
        qCWarning(lcMcp) << "Dropped a message from the server:" << read.problem;
        return false;
    }
    qCDebug(lcMcp).noquote() << "<-" << bytes.first(qMin<qsizetype>(bytes.size(), 2000)).toByteArray();
    Q_EMIT messageReceived(*read.message);
    return true;
}

} // namespace confab
