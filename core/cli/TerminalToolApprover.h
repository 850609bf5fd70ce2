#pragma once

#include "mcp/ToolApprover.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QSocketNotifier;

namespace confab::cli {

// `confab chat --tools`: asks on the terminal whether a tool call may run (Allow once / Always / Deny), or
// follows --allow TOOL and --allow-all. Without a terminal to ask on, a call not allowed up front is refused
// and stderr says why. Reads the answer without blocking the event loop, so Ctrl+C still stops the answer.
class TerminalToolApprover : public QObject, public ToolApprover
{
    Q_OBJECT
public:
    struct Rules
    {
        QStringList allowed; // "TOOL" (of any server) or "SERVER/TOOL"
        bool allowAll = false;
    };

    explicit TerminalToolApprover(Rules rules, QObject *parent = nullptr);
    ~TerminalToolApprover() override;

    void ask(const ToolApprovalRequest &request, Answer answer) override;
    void cancel(quint64 requestId) override;

private:
    struct Ask
    {
        ToolApprovalRequest request;
        Answer answer;
    };

    bool allowedUpFront(const ToolApprovalRequest &request) const;
    void promptNext();
    void readAnswer();
    void answerFirst(McpDecision decision);

    Rules m_rules;
    QList<Ask> m_asks; // the first one is on the terminal
    QSocketNotifier *m_input = nullptr;
    QByteArray m_line;
    bool m_prompting = false;
};

} // namespace confab::cli
