#pragma once

#include "domain/ToolCallRecord.h"
#include "mcp/McpToolNames.h"
#include "mcp/ToolApprover.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include <functional>

namespace confab {

class McpClient;
class McpConnections;
struct McpToolResult;

// One MCP tool call the model asked for, from the user's approval to the result the model reads: asks the
// approver unless the tool is always allowed or its server trusted, sends tools/call with the server's
// timeout, follows progress, and turns the (untrusted) result into a capped record. Ends with finished()
// exactly once, also when cancelled.
class McpToolCall : public QObject
{
    Q_OBJECT
public:
    // Stores a result's pictures as pictures of the answer after the same checks as attachments; returns
    // the hashes of those kept and, for each refused one, why.
    using PictureKeeper =
        std::function<QStringList(const QList<QPair<QByteArray, QString>> &pictures, QStringList *refusals)>;

    McpToolCall(McpConnections *connections, ToolApprover *approver, const McpToolNames::Target &target,
                ToolCallRecord record, ToolApprovalRequest where, PictureKeeper keepPictures,
                QObject *parent = nullptr);
    ~McpToolCall() override;

    void start();
    // The user pressed Stop: a prompt is closed, a running call is cancelled at the server.
    void cancel();

    const ToolCallRecord &record() const { return m_record; }

signals:
    void changed(const confab::ToolCallRecord &record);
    void finished(const confab::ToolCallRecord &record);

private:
    void decide(McpDecision decision);
    void send();
    void onResult(const McpToolResult &result, const QString &error);
    void finish(ToolCallRecord::State state, const QString &error = {});

    McpConnections *m_connections;
    ToolApprover *m_approver;
    McpToolNames::Target m_target;
    ToolCallRecord m_record;
    ToolApprovalRequest m_where;
    PictureKeeper m_keepPictures;
    QPointer<McpClient> m_client;
    QJsonValue m_requestId;
    qint64 m_startedMs = 0;
    bool m_asking = false;
    bool m_over = false;
};

} // namespace confab
