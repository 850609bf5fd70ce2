#pragma once

#include "mcp/McpApprovals.h"
#include "mcp/McpTypes.h"

#include <QString>

#include <functional>

namespace confab {

// One call the model asked for that needs the user's word.
struct ToolApprovalRequest
{
    quint64 id = 0; // unique per ask, for cancel()
    qint64 sessionId = 0;
    qint64 messageId = 0;
    QString server;
    McpTool tool; // with its annotations (readOnlyHint, destructiveHint: hints from the server, not promises)
    QString arguments; // JSON text as the model wrote it
    // The user had always allowed this tool, but its description or schema changed since.
    bool changedSinceApproved = false;
};

// Asks the user whether a tool call may run: the command line on the terminal, the window with a dialog.
// The engine asks only for calls not already allowed (McpApprovals: always-allowed tools, trusted servers)
// and records an AlwaysAllow itself.
class ToolApprover
{
public:
    using Answer = std::function<void(McpDecision decision)>;

    virtual ~ToolApprover() = default;

    // Calls answer exactly once, now or later from the event loop, unless cancel(request.id) came first.
    // Several asks may be open at once (several chats run at once).
    virtual void ask(const ToolApprovalRequest &request, Answer answer) = 0;
    // The turn that asked was stopped: close the prompt; answer is not called.
    virtual void cancel(quint64 requestId) = 0;
};

} // namespace confab
