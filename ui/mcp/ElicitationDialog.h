#pragma once

#include "mcp/ElicitationForm.h"
#include "mcp/McpElicitor.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QWidget;

namespace confab::ui {

// The small form a chat's MCP server asks the user to fill in (elicitation, form mode): which server asks,
// its message, one labelled field per property of its schema (text and numbers as line edits, yes/no as a
// check box, choices as a list), prefilled with the server's defaults. Send (accept with the content),
// Decline, or Cancel; Escape and closing the window cancel. Modeless, so the chat stays readable; each field
// has its label as buddy and accessible name, its description as accessible description, and a field that
// does not fit is named in a message and focused.
class ElicitationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ElicitationDialog(const McpElicitationRequest &request, QWidget *parent = nullptr);

    // The widget of the field with this key (QLineEdit, QCheckBox or QComboBox), for tests.
    QWidget *fieldWidget(const QString &key) const;
    QPushButton *sendButton() const { return m_send; }
    QPushButton *declineButton() const { return m_decline; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    // The ElicitResult, once.
    void answered(const QJsonObject &result);

public Q_SLOTS:
    void done(int result) override;

private:
    struct Field
    {
        ElicitationField field;
        QWidget *widget = nullptr;
    };

    void send();
    void answer(ElicitationAction action, const QJsonObject &content = {});

    QList<Field> m_fields;
    QLabel *m_problem;
    QPushButton *m_send;
    QPushButton *m_decline;
    QPushButton *m_cancel;
    bool m_answered = false;
};

} // namespace confab::ui
