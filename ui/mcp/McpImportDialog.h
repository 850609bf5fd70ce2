#pragma once

#include "mcp/McpServerImport.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace confab::ui {

// Takes the {"mcpServers": {...}} JSON that Claude Desktop, Cursor and others keep, pasted or from a file,
// and shows what it holds before anything is added. Nothing runs here: the servers join the user's own list
// only when they press Import.
class McpImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit McpImportDialog(QStringList existingNames, QWidget *parent = nullptr);

    // The servers to add (those whose names are not taken yet) as read from the text.
    QList<McpImportedServer> servers() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    QLabel *summary() const { return m_summary; }
    void readFile(const QString &path);

private:
    void reread();

    QStringList m_existing;
    QPlainTextEdit *m_text;
    QLabel *m_summary;
    QPushButton *m_import;
    McpServerImport m_read;
};

} // namespace confab::ui
