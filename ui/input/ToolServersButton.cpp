#include "input/ToolServersButton.h"

#include "mcp/McpConnections.h"

#include <QMenu>

namespace confab::ui {

ToolServersButton::ToolServersButton(McpConnections *connections, QWidget *parent)
    : QToolButton(parent)
    , m_connections(connections)
{
    setObjectName(QStringLiteral("toolServers"));
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setToolTip(tr("Which MCP servers' tools the model may use in this chat. Every call asks you first, "
                  "unless you allowed that tool for good."));
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("toolServersMenu"));
    menu->setAccessibleName(tr("Tools for this chat"));
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &ToolServersButton::fillMenu);
    updateText();
}

bool ToolServersButton::hasServers() const
{
    return !m_connections->serverList().servers().isEmpty();
}

void ToolServersButton::setSession(qint64 sessionId)
{
    // A chat shows its own choice; a new chat starts from the default each time one is begun.
    setChosen(sessionId > 0 ? m_connections->chatServers().servers(sessionId)
                            : m_connections->chatServers().defaultServers());
}

void ToolServersButton::setChosen(const QStringList &servers)
{
    m_chosen = servers;
    updateText();
    emit chosenChanged();
}

void ToolServersButton::fillMenu()
{
    QMenu *list = menu();
    list->clear();
    const QList<McpServerStatus> statuses = m_connections->statuses();
    for (const McpServerStatus &status : statuses) {
        if (!status.enabled && !m_chosen.contains(status.name))
            continue;
        QAction *action =
            list->addAction(status.enabled ? status.name : tr("%1 (disabled)").arg(status.name));
        action->setCheckable(true);
        action->setChecked(m_chosen.contains(status.name));
        action->setEnabled(status.enabled || m_chosen.contains(status.name));
        connect(action, &QAction::toggled, this, [this, name = status.name](bool on) {
            QStringList servers = m_chosen;
            servers.removeAll(name);
            if (on)
                servers.append(name);
            setChosen(servers);
        });
    }
    if (list->isEmpty())
        list->addAction(tr("No servers enabled (Settings → Tools)"))->setEnabled(false);
}

void ToolServersButton::updateText()
{
    const int count = int(m_chosen.size());
    setText(count == 0 ? tr("Tools") : tr("Tools (%1)").arg(count));
    setAccessibleName(count == 0 ? tr("Tools: none for this chat")
                                 : tr("Tools: %1").arg(m_chosen.join(QStringLiteral(", "))));
}

} // namespace confab::ui
