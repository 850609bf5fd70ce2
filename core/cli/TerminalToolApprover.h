#pragma once

#include "mcp/ToolApprover.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace confab::cli {

class TerminalLines;

// `confab chat --tools`: asks on the terminal whether a tool call may run (Allow once / Always / Deny), or
// follows --allow TOOL and --allow-all. Without a terminal to ask on, a call not allowed up front is refused
// and stderr says why. Answers are read through TerminalLines, so Ctrl+C still stops a command waiting for
// one.
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
    void onAnswer(const QString &line);
    void answerFirst(McpDecision decision);

    Rules m_rules;
    QList<Ask> m_asks; // the first one is on the terminal
    TerminalLines *m_input;
};

} // namespace confab::cli
