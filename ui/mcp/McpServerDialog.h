#pragma once

#include "mcp/McpServerConfig.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace confab::ui {

class SecretPairsTable;

// Adds or edits one MCP server: its name, and either the command that starts it (with arguments and
// environment) or its URL (with HTTP headers). Environment values and header values are secrets; the page
// that opened the dialog puts them in the keychain.
class McpServerDialog : public QDialog
{
    Q_OBJECT
public:
    // takenNames: the other servers' names, which this one may not have.
    McpServerDialog(const McpServerConfig &config, const McpServerSecrets &secrets, QStringList takenNames,
                    QWidget *parent = nullptr);

    McpServerConfig config() const;
    McpServerSecrets secrets() const;
    // Why the fields cannot be saved as they are; empty when they can.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *transportChoice() const { return m_transport; }
    QLineEdit *commandEdit() const { return m_command; }
    QLineEdit *argumentsEdit() const { return m_arguments; }
    QLineEdit *urlEdit() const { return m_url; }
    SecretPairsTable *environmentTable() const { return m_environment; }
    SecretPairsTable *headersTable() const { return m_headers; }

    void accept() override;

private:
    McpServerConfig m_original;
    QStringList m_taken;
    QLineEdit *m_name;
    QComboBox *m_transport;
    QStackedWidget *m_pages;
    QLineEdit *m_command;
    QLineEdit *m_arguments;
    SecretPairsTable *m_environment;
    QLineEdit *m_url;
    SecretPairsTable *m_headers;
    QSpinBox *m_timeout;
    QLabel *m_problem;
};

} // namespace confab::ui
