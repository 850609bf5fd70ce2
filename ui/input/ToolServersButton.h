#pragma once

#include <QStringList>
#include <QToolButton>

namespace confab {
class McpConnections;
}

namespace confab::ui {

// Beside "Search the web": which of the user's MCP servers the chat may use, as a menu of check boxes. A chat
// shows its own choice; a new chat starts from the default for new chats (Settings → Tools). Hidden while no
// server is configured.
class ToolServersButton : public QToolButton
{
    Q_OBJECT
public:
    explicit ToolServersButton(McpConnections *connections, QWidget *parent = nullptr);

    void setSession(qint64 sessionId);
    QStringList chosen() const { return m_chosen; }
    void setChosen(const QStringList &servers);
    // Whether any server is configured (the button is offered at all).
    bool hasServers() const;

signals:
    void chosenChanged();

private:
    void fillMenu();
    void updateText();

    McpConnections *m_connections;
    QStringList m_chosen;
};

} // namespace confab::ui
