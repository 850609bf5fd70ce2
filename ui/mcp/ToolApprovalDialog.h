#pragma once

#include "mcp/ToolApprover.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace confab::ui {

// Asks the user whether the model may call one tool: which server and tool, what the server says the tool
// does (its hints: read-only, destructive), and the arguments the model chose. Allow once, Always allow this
// tool (until its description or schema changes), or Deny; Escape and closing the window deny. Reachable by
// keyboard alone: Tab goes from the arguments through the three buttons, and Alt plus a button's letter
// presses it.
class ToolApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ToolApprovalDialog(const ToolApprovalRequest &request, QWidget *parent = nullptr);

    McpDecision decision() const { return m_decision; }
    QPushButton *allowOnceButton() const { return m_allowOnce; }
    QPushButton *alwaysAllowButton() const { return m_always; }
    QPushButton *denyButton() const { return m_deny; }
    QPlainTextEdit *argumentsView() const { return m_arguments; }
    QLabel *hintsLabel() const { return m_hints; }

    // The hints of a tool in words, as shown and read out.
    static QString hintsText(const McpTool &tool);
    // The model's arguments as shown: indented JSON, or the text as it came when it is not JSON.
    static QString argumentsText(const QString &json);

Q_SIGNALS:
    void decided(confab::McpDecision decision);

public Q_SLOTS:
    void done(int result) override;

private:
    void decide(McpDecision decision);

    McpDecision m_decision = McpDecision::Deny;
    bool m_decided = false;
    QLabel *m_hints;
    QPlainTextEdit *m_arguments;
    QPushButton *m_allowOnce;
    QPushButton *m_always;
    QPushButton *m_deny;
};

} // namespace confab::ui
