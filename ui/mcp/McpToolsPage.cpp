#include "mcp/McpToolsPage.h"

#include "mcp/McpConnections.h"
#include "mcp/McpImportDialog.h"
#include "mcp/McpSecretStore.h"
#include "mcp/McpServerDialog.h"
#include "mcp/McpSignIns.h"
#include "theme/Theme.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace confab::ui {

namespace {

enum Column
{
    NameColumn,
    TargetColumn,
    StateColumn,
};

// How many tool names the details line lists before "and N more".
constexpr int ListedTools = 8;

} // namespace

QString McpToolsPage::stateText(const McpServerStatus &status)
{
    if (!status.enabled)
        return tr("Disabled");
    switch (status.state) {
    case McpServerStatus::State::Stopped:
        return tr("Not started");
    case McpServerStatus::State::Starting:
        return tr("Starting…");
    case McpServerStatus::State::Ready:
        return tr("Ready, %n tool(s)", nullptr, int(status.tools.size()));
    case McpServerStatus::State::Failed:
        return tr("Failed: %1").arg(status.error);
    }
    return {};
}

McpToolsPage::McpToolsPage(McpConnections *connections, McpSecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_connections(connections)
    , m_secrets(secrets)
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_enable(new QPushButton(tr("Disa&ble"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_restart(new QPushButton(tr("Res&tart"), this))
    , m_state(new QLabel(this))
    , m_tools(new QLabel(this))
    , m_signIn(new QPushButton(tr("&Sign in…"), this))
    , m_default(new QCheckBox(tr("&New chats use this server"), this))
    , m_trust(new QCheckBox(tr("Tr&ust this server: its tools run without asking"), this))
    , m_stderrLabel(new QLabel(tr("The server's last messages:"), this))
    , m_stderr(new QPlainTextEdit(this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("mcpToolsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("MCP servers give the model tools: files, git, databases, search and your own. "
                      "Each chat chooses which it may use, and every call asks you first unless "
                      "you allowed that tool for good."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list->setObjectName(QStringLiteral("mcpServerList"));
    m_list->setAccessibleName(tr("MCP servers"));
    m_list->setHeaderLabels({tr("Server"), tr("Runs"), tr("State")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(TargetColumn, 220);
    m_list->setMinimumHeight(120);
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_remove, m_enable, m_restart})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    layout->addLayout(buttons);
    m_add->setAccessibleName(tr("Add a server"));
    m_edit->setAccessibleName(tr("Edit the server"));
    m_remove->setAccessibleName(tr("Remove the server"));
    m_restart->setAccessibleName(tr("Restart the server"));
    m_import->setAccessibleName(tr("Import servers from Claude Desktop or Cursor"));
    m_import->setToolTip(tr("Import the \"mcpServers\" configuration of Claude Desktop, Cursor and others"));

    m_state->setObjectName(QStringLiteral("mcpServerState"));
    m_state->setAccessibleName(tr("Server state"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_state);
    m_tools->setObjectName(QStringLiteral("mcpServerTools"));
    m_tools->setAccessibleName(tr("The server's tools"));
    m_tools->setWordWrap(true);
    m_tools->setTextFormat(Qt::PlainText);
    layout->addWidget(m_tools);
    m_signIn->setObjectName(QStringLiteral("mcpSignIn"));
    m_signIn->setAccessibleName(tr("Sign in to the server in your browser"));
    layout->addWidget(m_signIn, 0, Qt::AlignLeft);
    m_stderr->setObjectName(QStringLiteral("mcpServerStderr"));
    m_stderr->setAccessibleName(tr("The server's last messages"));
    m_stderr->setReadOnly(true);
    m_stderr->setTabChangesFocus(true);
    m_stderr->setMaximumHeight(110);
    m_stderr->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_stderrLabel->setBuddy(m_stderr);
    layout->addWidget(m_stderrLabel);
    layout->addWidget(m_stderr);
    m_default->setObjectName(QStringLiteral("mcpDefaultForNewChats"));
    m_trust->setObjectName(QStringLiteral("mcpTrustServer"));
    m_trust->setToolTip(tr("Only for a server you wrote or know well: a trusted server's tools may read, "
                           "change or delete whatever they reach without you seeing the call first."));
    layout->addWidget(m_default);
    layout->addWidget(m_trust);
    m_notice->setObjectName(QStringLiteral("mcpNotice"));
    m_notice->setAccessibleName(tr("Tools notice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &McpToolsPage::showSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &McpToolsPage::editServer);
    connect(m_add, &QPushButton::clicked, this, &McpToolsPage::addServer);
    connect(m_edit, &QPushButton::clicked, this, &McpToolsPage::editServer);
    connect(m_import, &QPushButton::clicked, this, &McpToolsPage::importServers);
    connect(m_signIn, &QPushButton::clicked, this, &McpToolsPage::signIn);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString name = selectedServer();
        if (name.isEmpty())
            return;
        const auto answer = QMessageBox::question(
            this, tr("Remove %1?").arg(name),
            tr("Remove the server %1, its secrets in the keychain and the tools you always allowed on it?")
                .arg(name));
        if (answer == QMessageBox::Yes)
            removeServer(name);
    });
    connect(m_enable, &QPushButton::clicked, this, [this] {
        const QString name = selectedServer();
        if (!name.isEmpty())
            setEnabled(name, !m_connections->status(name).enabled);
    });
    connect(m_restart, &QPushButton::clicked, this, [this] {
        const QString name = selectedServer();
        if (!name.isEmpty())
            m_connections->restart(name);
    });
    connect(m_default, &QCheckBox::clicked, this, [this](bool on) {
        const QString name = selectedServer();
        QStringList defaults = m_connections->chatServers().defaultServers();
        defaults.removeAll(name);
        if (on)
            defaults.append(name);
        m_connections->chatServers().setDefaultServers(defaults);
    });
    connect(m_trust, &QCheckBox::clicked, this, [this](bool on) { setTrusted(selectedServer(), on); });
    connect(m_connections, &McpConnections::statusChanged, this, &McpToolsPage::refreshRow);

    reload();
    QStringList enabled;
    for (const McpServerStatus &status : m_connections->statuses())
        if (status.enabled)
            enabled.append(status.name);
    m_connections->start(enabled);
}

QTreeWidgetItem *McpToolsPage::itemFor(const QString &name) const
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        if (m_list->topLevelItem(row)->text(NameColumn) == name)
            return m_list->topLevelItem(row);
    return nullptr;
}

QString McpToolsPage::selectedServer() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(NameColumn) : QString();
}

void McpToolsPage::selectServer(const QString &name)
{
    if (QTreeWidgetItem *item = itemFor(name))
        m_list->setCurrentItem(item);
}

void McpToolsPage::reload()
{
    const QString selected = selectedServer();
    m_list->clear();
    const QList<McpServerConfig> configs = m_connections->serverList().servers();
    for (const McpServerConfig &config : configs) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, config.name);
        item->setText(TargetColumn, config.target());
        item->setToolTip(TargetColumn, config.target());
        refreshRow(config.name);
    }
    if (!selected.isEmpty() && itemFor(selected))
        selectServer(selected);
    else if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
}

void McpToolsPage::refreshRow(const QString &name)
{
    QTreeWidgetItem *item = itemFor(name);
    if (!item)
        return;
    const McpServerStatus status = m_connections->status(name);
    const QString state = stateText(status);
    item->setText(StateColumn, state);
    item->setToolTip(StateColumn, state);
    item->setForeground(StateColumn, status.enabled && status.state == McpServerStatus::State::Failed
                                         ? Theme::errorText(palette())
                                         : palette().color(QPalette::Text));
    item->setData(NameColumn, Qt::AccessibleTextRole,
                  tr("%1, %2, %3").arg(name, item->text(TargetColumn), state));
    if (name == selectedServer())
        showSelected();
}

void McpToolsPage::showSelected()
{
    const QString name = selectedServer();
    const bool any = !name.isEmpty();
    for (QWidget *widget : {static_cast<QWidget *>(m_edit), static_cast<QWidget *>(m_remove),
                            static_cast<QWidget *>(m_enable), static_cast<QWidget *>(m_restart),
                            static_cast<QWidget *>(m_default), static_cast<QWidget *>(m_trust)})
        widget->setEnabled(any);
    if (!any) {
        m_state->setText(m_list->topLevelItemCount() == 0
                             ? tr("No servers yet. Add one, or import those of Claude Desktop or Cursor.")
                             : QString());
        m_tools->clear();
        m_signIn->hide();
        m_stderrLabel->hide();
        m_stderr->hide();
        return;
    }
    const McpServerStatus status = m_connections->status(name);
    m_enable->setText(status.enabled ? tr("Disa&ble") : tr("Ena&ble"));
    m_enable->setAccessibleName(status.enabled ? tr("Disable the server") : tr("Enable the server"));
    m_restart->setEnabled(status.enabled);
    m_state->setText(tr("%1: %2").arg(name, stateText(status)));
    QStringList names;
    for (const McpTool &tool : status.tools)
        names.append(tool.name);
    if (names.size() > ListedTools) {
        const int more = int(names.size()) - ListedTools;
        names = names.mid(0, ListedTools);
        names.append(tr("and %n more", nullptr, more));
    }
    m_tools->setText(names.isEmpty() ? QString() : tr("Tools: %1").arg(names.join(QStringLiteral(", "))));
    m_tools->setVisible(!names.isEmpty());
    m_signIn->setVisible(status.enabled && status.signInNeeded);
    const bool showStderr =
        status.enabled && !status.stderrTail.isEmpty() && status.state == McpServerStatus::State::Failed;
    m_stderr->setPlainText(status.stderrTail.join(QLatin1Char('\n')));
    m_stderrLabel->setVisible(showStderr);
    m_stderr->setVisible(showStderr);
    m_default->setChecked(m_connections->chatServers().defaultServers().contains(name));
    m_trust->setChecked(m_connections->approvals().isTrusted(name));
}

void McpToolsPage::showNotice(const QString &text, bool error)
{
    QPalette palette = m_notice->palette();
    palette.setColor(QPalette::WindowText,
                     error ? Theme::errorText(this->palette()) : Theme::subtleText(this->palette()));
    m_notice->setPalette(palette);
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void McpToolsPage::saveServer(const McpServerConfig &config, const McpServerSecrets &secrets,
                              std::function<void(const QString &)> done)
{
    auto stored = [this, guard = QPointer(this), config, done](const QString &error) {
        if (!guard)
            return;
        if (!error.isEmpty()) {
            showNotice(tr("The keychain did not take the secrets of %1, so it was not saved: %2")
                           .arg(config.name, error),
                       true);
        } else {
            m_connections->serverList().save(config);
            m_connections->reload();
            reload();
            selectServer(config.name);
            if (!done)
                showNotice(tr("Saved %1.").arg(config.name), false);
            // Started afresh even when only its secrets changed, which the configuration does not show.
            if (config.enabled)
                m_connections->restart(config.name);
        }
        if (done)
            done(error);
    };
    if (secrets.isEmpty())
        m_secrets->remove(config.name, stored);
    else
        m_secrets->save(config.name, secrets, stored);
}

void McpToolsPage::removeServer(const QString &name)
{
    if (!m_connections->serverList().remove(name))
        return;
    m_connections->approvals().forget(name);
    m_connections->chatServers().forgetServer(name);
    m_connections->signIns().signOut(name);
    m_connections->reload();
    m_secrets->remove(name, [this, guard = QPointer(this), name](const QString &error) {
        if (guard && !error.isEmpty())
            showNotice(tr("%1 was removed, but its secrets are still in the keychain: %2").arg(name, error),
                       true);
    });
    reload();
    showNotice(tr("Removed %1.").arg(name), false);
}

void McpToolsPage::setEnabled(const QString &name, bool enabled)
{
    std::optional<McpServerConfig> config = m_connections->serverList().server(name);
    if (!config)
        return;
    config->enabled = enabled;
    m_connections->serverList().save(*config);
    m_connections->reload();
    if (enabled)
        m_connections->start({name});
    refreshRow(name);
    showSelected();
}

void McpToolsPage::setTrusted(const QString &name, bool trusted, bool confirmed)
{
    if (name.isEmpty())
        return;
    if (trusted && !confirmed) {
        QMessageBox box(QMessageBox::Warning, tr("Trust %1?").arg(name),
                        tr("Every tool of %1 will run when the model asks, without showing you the call "
                           "first. A tool may read, change or delete whatever the server can reach, and "
                           "a web page or file the model reads can ask it to. Trust only a server you "
                           "wrote or know well.")
                            .arg(name),
                        QMessageBox::Cancel, this);
        QPushButton *trust = box.addButton(tr("Trust %1").arg(name), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != trust) {
            m_trust->setChecked(false);
            return;
        }
    }
    m_connections->approvals().setTrusted(name, trusted);
    showSelected();
}

void McpToolsPage::addServer()
{
    QStringList taken;
    for (const McpServerConfig &config : m_connections->serverList().servers())
        taken.append(config.name);
    auto *dialog = new McpServerDialog({}, {}, taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { saveServer(dialog->config(), dialog->secrets()); });
    dialog->open();
}

void McpToolsPage::editServer()
{
    const std::optional<McpServerConfig> config = m_connections->serverList().server(selectedServer());
    if (!config)
        return;
    m_secrets->load(config->name, [this, guard = QPointer(this),
                                   config = *config](const McpServerSecrets &secrets, const QString &error) {
        if (!guard)
            return;
        if (!error.isEmpty()) {
            showNotice(tr("The keychain did not give the secrets of %1: %2").arg(config.name, error), true);
            return;
        }
        auto *dialog = new McpServerDialog(config, secrets, {}, this);
        dialog->nameEdit()->setReadOnly(true);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog] { saveServer(dialog->config(), dialog->secrets()); });
        dialog->open();
    });
}

void McpToolsPage::importServers()
{
    QStringList taken;
    for (const McpServerConfig &config : m_connections->serverList().servers())
        taken.append(config.name);
    auto *dialog = new McpImportDialog(taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<McpImportedServer> servers = dialog->servers();
        auto left = std::make_shared<int>(int(servers.size()));
        auto failed = std::make_shared<QStringList>();
        for (const McpImportedServer &server : servers)
            saveServer(
                server.config, server.secrets,
                [this, left, failed, name = server.config.name,
                 count = int(servers.size())](const QString &error) {
                    if (!error.isEmpty())
                        failed->append(name);
                    if (--*left > 0)
                        return;
                    if (failed->isEmpty())
                        showNotice(tr("Imported %n server(s).", nullptr, count), false);
                    else
                        showNotice(
                            tr("The keychain did not take the secrets of %1, so they were not imported.")
                                .arg(failed->join(QStringLiteral(", "))),
                            true);
                });
    });
    dialog->open();
}

void McpToolsPage::signIn()
{
    const QString name = selectedServer();
    if (!name.isEmpty())
        m_connections->signIn(name);
}

} // namespace confab::ui
