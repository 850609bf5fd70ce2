#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace confab {
class McpConnections;
class McpSecretStore;
struct McpServerConfig;
struct McpServerSecrets;
struct McpServerStatus;
} // namespace confab

namespace confab::ui {

// Settings → Tools: the user's MCP servers with their state (starting, ready with its tools, failed with the
// reason and the server's last words on stderr); add, edit, enable, disable, remove and import them; sign in
// to a remote server that asks for it; choose those new chats start with; trust one whole. Choices take
// effect at once, like keys. Opening the page starts the enabled servers, so their states are real.
class McpToolsPage : public QWidget
{
    Q_OBJECT
public:
    McpToolsPage(McpConnections *connections, McpSecretStore *secrets, QWidget *parent = nullptr);

    QTreeWidget *serverList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *enableButton() const { return m_enable; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *signInButton() const { return m_signIn; }
    QCheckBox *defaultForNewChats() const { return m_default; }
    QCheckBox *trustServer() const { return m_trust; }
    QLabel *stateLabel() const { return m_state; }
    QPlainTextEdit *stderrView() const { return m_stderr; }
    QLabel *notice() const { return m_notice; }

    // Saves a server and its secrets (the secrets first: without them in the keychain nothing is saved), then
    // lets the connections pick the change up. done(error) follows from the event loop.
    void saveServer(const McpServerConfig &config, const McpServerSecrets &secrets,
                    std::function<void(const QString &error)> done = {});
    void removeServer(const QString &name);
    void setEnabled(const QString &name, bool enabled);
    // Trusting asks first (unless confirmed is given), since a trusted server's tools run without asking.
    void setTrusted(const QString &name, bool trusted, bool confirmed = false);
    QString selectedServer() const;
    void selectServer(const QString &name);
    // The state of a server in words, as its row and the screen reader say it.
    static QString stateText(const McpServerStatus &status);

private:
    void reload();
    void refreshRow(const QString &name);
    void showSelected();
    void addServer();
    void editServer();
    void importServers();
    void signIn();
    void showNotice(const QString &text, bool error);
    QTreeWidgetItem *itemFor(const QString &name) const;

    McpConnections *m_connections;
    McpSecretStore *m_secrets;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_enable;
    QPushButton *m_import;
    QPushButton *m_restart;
    QLabel *m_state;
    QLabel *m_tools;
    QPushButton *m_signIn;
    QCheckBox *m_default;
    QCheckBox *m_trust;
    QLabel *m_stderrLabel;
    QPlainTextEdit *m_stderr;
    QLabel *m_notice;
};

} // namespace confab::ui
