// Settings → Tools in the real window: servers added, edited, enabled, disabled, removed and imported, their
// states from really running them (the reference server-everything from npm, a program that fails), secrets
// in the keychain, trust with a warning, the default for new chats, the chat's own choice, and signing in to
// a remote server that asks for it.
#include "../../core/mcp/auth/LocalAuthorizationServer.h"
#include "AccessibleTree.h"
#include "McpTestPaths.h"
#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "dialogs/SettingsDialog.h"
#include "input/InputArea.h"
#include "input/ToolServersButton.h"
#include "keys/KeyStore.h"
#include "mcp/McpConnections.h"
#include "mcp/McpImportDialog.h"
#include "mcp/McpSecretStore.h"
#include "mcp/McpServerDialog.h"
#include "mcp/McpSignIns.h"
#include "mcp/McpToolsPage.h"
#include "mcp/SecretPairsTable.h"
#include "mcp/auth/PageOpeners.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace confab;
using confab::test::waitUntil;
using confab::test::WindowFixture;

namespace {

ui::McpToolsPage *openToolsPage(WindowFixture &f)
{
    f.window->showSettings();
    auto *dialog = f.window->findChild<ui::SettingsDialog *>(QStringLiteral("settingsDialog"));
    REQUIRE(dialog);
    QTabWidget *tabs = dialog->tabs();
    for (int tab = 0; tab < tabs->count(); ++tab)
        if (auto *page = qobject_cast<ui::McpToolsPage *>(tabs->widget(tab))) {
            CHECK(tabs->tabText(tab) == QStringLiteral("Tools"));
            tabs->setCurrentIndex(tab);
            return page;
        }
    FAIL("no Tools page in Settings");
    return nullptr;
}

// Presses a button of the message box that the next action opens.
void answerNextMessageBox(QMessageBox::ButtonRole role)
{
    QTimer::singleShot(50, [role] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
        box->reject();
    });
}

McpServerSecrets keychainSecrets(WindowFixture &f, const QString &name)
{
    McpSecretStore store(f.backend->keys()->serviceName());
    McpServerSecrets loaded;
    bool done = false;
    store.load(name, [&](const McpServerSecrets &secrets, const QString &) {
        loaded = secrets;
        done = true;
    });
    REQUIRE(waitUntil([&] { return done; }));
    return loaded;
}

QString settingsFileText(WindowFixture &f)
{
    QFile file(f.backend->settings()->fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

ui::McpServerDialog *openAddDialog(ui::McpToolsPage *page)
{
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    ui::McpServerDialog *dialog = nullptr;
    REQUIRE(waitUntil([&] { return (dialog = page->findChild<ui::McpServerDialog *>()) != nullptr; }));
    return dialog;
}

QString rowState(ui::McpToolsPage *page, const QString &name)
{
    for (int row = 0; row < page->serverList()->topLevelItemCount(); ++row)
        if (page->serverList()->topLevelItem(row)->text(0) == name)
            return page->serverList()->topLevelItem(row)->text(2);
    return {};
}

} // namespace

TEST_CASE(
    "Settings → Tools adds a stdio server, keeps its secret in the keychain and shows it ready with tools")
{
    WindowFixture f;
    test::forgetMcpServers(*f.backend->mcp());
    ui::McpToolsPage *page = openToolsPage(f);
    CHECK(page->stateLabel()->text().contains(QStringLiteral("No servers yet")));

    ui::McpServerDialog *dialog = openAddDialog(page);
    // Saving without a command is refused, with the reason.
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("everything"));
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->problem().contains(QStringLiteral("command")));
    dialog->commandEdit()->setText(test::mcpNode());
    dialog->argumentsEdit()->setText(QStringLiteral("\"%1\" stdio").arg(test::serverEverything()));
    dialog->environmentTable()->addPair(QStringLiteral("EVERYTHING_TOKEN"),
                                        QStringLiteral("s3cret-value-91"));
    dialog->accept();

    REQUIRE(waitUntil([&] { return page->serverList()->topLevelItemCount() == 1; }));
    REQUIRE(waitUntil(
        [&] { return rowState(page, QStringLiteral("everything")).startsWith(QStringLiteral("Ready")); },
        30000));
    INFO(rowState(page, QStringLiteral("everything")).toStdString());
    CHECK(rowState(page, QStringLiteral("everything")).contains(QStringLiteral("tools")));
    page->selectServer(QStringLiteral("everything"));
    CHECK(page->stateLabel()->text().contains(QStringLiteral("Ready")));
    CHECK(
        page->findChild<QLabel *>(QStringLiteral("mcpServerTools"))->text().contains(QStringLiteral("echo")));

    // The variable's name is in the settings file; its value only in the keychain.
    const QString settings = settingsFileText(f);
    CHECK(settings.contains(QStringLiteral("EVERYTHING_TOKEN")));
    CHECK_FALSE(settings.contains(QStringLiteral("s3cret-value-91")));
    CHECK(keychainSecrets(f, QStringLiteral("everything"))
              .environment.value(QStringLiteral("EVERYTHING_TOKEN")) == QStringLiteral("s3cret-value-91"));
    const std::optional<McpServerConfig> saved =
        f.backend->mcp()->serverList().server(QStringLiteral("everything"));
    REQUIRE(saved);
    CHECK(saved->arguments == QStringList{test::serverEverything(), QStringLiteral("stdio")});

    // Edit: the secret comes back from the keychain into the (masked) table.
    QTest::mouseClick(page->editButton(), Qt::LeftButton);
    ui::McpServerDialog *edit = nullptr;
    REQUIRE(waitUntil(
        [&] { return (edit = page->findChild<ui::McpServerDialog *>()) != nullptr && edit->isVisible(); }));
    CHECK(edit->nameEdit()->isReadOnly());
    CHECK(edit->environmentTable()->pairs().value(QStringLiteral("EVERYTHING_TOKEN")) ==
          QStringLiteral("s3cret-value-91"));
    edit->reject();
}

TEST_CASE(
    "A server that fails shows the reason and its last words on stderr â disable, enable and remove")
{
    WindowFixture f;
    test::forgetMcpServers(*f.backend->mcp());
    ui::McpToolsPage *page = openToolsPage(f);
    McpServerConfig broken;
    broken.name = QStringLiteral("broken");
    broken.command = QStringLiteral("/bin/sh");
    broken.arguments = {QStringLiteral("-c"), QStringLiteral("echo 'cannot open the database' >&2; exit 3")};
    bool saved = false;
    page->saveServer(broken, {}, [&](const QString &error) {
        CHECK(error.isEmpty());
        saved = true;
    });
    REQUIRE(waitUntil([&] { return saved; }));
    REQUIRE(waitUntil(
        [&] { return rowState(page, QStringLiteral("broken")).startsWith(QStringLiteral("Failed")); },
        15000));
    page->selectServer(QStringLiteral("broken"));
    CHECK(page->stderrView()->isVisibleTo(page));
    CHECK(page->stderrView()->toPlainText().contains(QStringLiteral("cannot open the database")));

    QTest::mouseClick(page->enableButton(), Qt::LeftButton);
    CHECK(rowState(page, QStringLiteral("broken")) == QStringLiteral("Disabled"));
    CHECK_FALSE(f.backend->mcp()->serverList().server(QStringLiteral("broken"))->enabled);
    CHECK(page->enableButton()->text().contains(QStringLiteral("Ena")));
    QTest::mouseClick(page->enableButton(), Qt::LeftButton);
    CHECK(f.backend->mcp()->serverList().server(QStringLiteral("broken"))->enabled);

    // Remove asks first; No keeps it, Yes removes it.
    answerNextMessageBox(QMessageBox::NoRole);
    QTest::mouseClick(page->removeButton(), Qt::LeftButton);
    CHECK(page->serverList()->topLevelItemCount() == 1);
    answerNextMessageBox(QMessageBox::YesRole);
    QTest::mouseClick(page->removeButton(), Qt::LeftButton);
    CHECK(page->serverList()->topLevelItemCount() == 0);
    CHECK_FALSE(f.backend->mcp()->serverList().server(QStringLiteral("broken")));
}

TEST_CASE("Importing pasted mcpServers JSON adds the new servers with their secrets and skips taken names")
{
    WindowFixture f;
    test::forgetMcpServers(*f.backend->mcp());
    ui::McpToolsPage *page = openToolsPage(f);
    McpServerConfig existing;
    existing.name = QStringLiteral("files");
    existing.command = QStringLiteral("true");
    existing.enabled = false;
    bool saved = false;
    page->saveServer(existing, {}, [&](const QString &) { saved = true; });
    REQUIRE(waitUntil([&] { return saved; }));

    QTest::mouseClick(page->importButton(), Qt::LeftButton);
    ui::McpImportDialog *dialog = nullptr;
    REQUIRE(waitUntil([&] { return (dialog = page->findChild<ui::McpImportDialog *>()) != nullptr; }));
    // The shape of Claude Desktop's claude_desktop_config.json (modelcontextprotocol.io, "Connect to local
    // MCP servers") and Cursor's mcp.json ("url" and "headers" for a remote server).
    dialog->textEdit()->setPlainText(QStringLiteral(R"({
      "mcpServers": {
        "files": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"]},
        "github": {"command": "github-mcp-server", "args": ["stdio"],
                   "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_imported_secret_55"}, "disabled": true},
        "remote": {"url": "https://mcp.example.com/mcp", "headers": {"Authorization": "Bearer imported-77"}},
        "old": {"type": "sse", "url": "https://old.example.com/sse"}
      }
    })"));
    const QString summary = dialog->summary()->text();
    CHECK(summary.contains(QStringLiteral("Adds github")));
    CHECK(summary.contains(QStringLiteral("Adds remote")));
    CHECK(summary.contains(QStringLiteral("Skips files")));
    CHECK(summary.contains(QStringLiteral("old")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importAccept")), Qt::LeftButton);

    REQUIRE(waitUntil([&] { return page->serverList()->topLevelItemCount() == 3; }));
    REQUIRE(waitUntil([&] { return page->notice()->text().contains(QStringLiteral("Imported 2")); }));
    CHECK(f.backend->mcp()->serverList().server(QStringLiteral("files"))->command == QStringLiteral("true"));
    CHECK_FALSE(f.backend->mcp()->serverList().server(QStringLiteral("github"))->enabled);
    CHECK(keychainSecrets(f, QStringLiteral("github"))
              .environment.value(QStringLiteral("GITHUB_PERSONAL_ACCESS_TOKEN")) ==
          QStringLiteral("ghp_imported_secret_55"));
    CHECK(keychainSecrets(f, QStringLiteral("remote")).headers.value(QStringLiteral("Authorization")) ==
          QStringLiteral("Bearer imported-77"));
    const QString settings = settingsFileText(f);
    CHECK_FALSE(settings.contains(QStringLiteral("ghp_imported_secret_55")));
    CHECK_FALSE(settings.contains(QStringLiteral("imported-77")));
}

TEST_CASE("Trusting a server warns first â the default for new chats and a chat's own choice of servers")
{
    WindowFixture f;
    test::forgetMcpServers(*f.backend->mcp());
    ui::McpToolsPage *page = openToolsPage(f);
    for (const QString &name : {QStringLiteral("alpha"), QStringLiteral("beta")}) {
        McpServerConfig config;
        config.name = name;
        config.command = QStringLiteral("/bin/false");
        bool saved = false;
        page->saveServer(config, {}, [&](const QString &) { saved = true; });
        REQUIRE(waitUntil([&] { return saved; }));
    }
    page->selectServer(QStringLiteral("alpha"));

    // The warning's Cancel leaves the server asking; its Trust button trusts it.
    answerNextMessageBox(QMessageBox::RejectRole);
    page->trustServer()->click();
    CHECK_FALSE(page->trustServer()->isChecked());
    CHECK_FALSE(f.backend->mcp()->approvals().isTrusted(QStringLiteral("alpha")));
    answerNextMessageBox(QMessageBox::AcceptRole);
    page->trustServer()->click();
    CHECK(page->trustServer()->isChecked());
    CHECK(f.backend->mcp()->approvals().isTrusted(QStringLiteral("alpha")));

    page->defaultForNewChats()->click();
    CHECK(f.backend->mcp()->chatServers().defaultServers() == QStringList{QStringLiteral("alpha")});

    // A new chat starts with the default; the menu beside "Search the web" changes the chat's choice.
    f.window->newChat();
    ui::ToolServersButton *button = f.window->inputArea()->findChild<ui::ToolServersButton *>();
    REQUIRE(button);
    CHECK(button->isVisibleTo(f.window.get()));
    CHECK(button->chosen() == QStringList{QStringLiteral("alpha")});
    CHECK(button->text() == QStringLiteral("Tools (1)"));
    button->menu()->popup(button->mapToGlobal(QPoint(0, 0)));
    REQUIRE(waitUntil([&] { return button->menu()->isVisible(); }));
    QAction *beta = nullptr;
    for (QAction *action : button->menu()->actions())
        if (action->text() == QStringLiteral("beta"))
            beta = action;
    REQUIRE(beta);
    beta->trigger();
    button->menu()->close();
    CHECK(button->chosen() == (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    CHECK(f.window->inputArea()->request().toolServers ==
          std::optional<QStringList>(QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));

    // An existing chat shows its own choice.
    const qint64 chat = f.addChat(QStringLiteral("Plain"), QStringLiteral("hi"), QStringLiteral("hello"));
    f.backend->mcp()->chatServers().setServers(chat, {QStringLiteral("beta")});
    f.window->openSession(chat);
    CHECK(button->chosen() == QStringList{QStringLiteral("beta")});
}

TEST_CASE("A remote server that wants a login offers Sign in, and after it is ready")
{
    WindowFixture f;
    test::forgetMcpServers(*f.backend->mcp());
    test::LocalAuthorizationServer server;
    McpSignIns &signIns = f.backend->mcp()->signIns();
    QNetworkAccessManager pages;
    signIns.setPageOpener(httpPageOpener(&pages));
    ui::McpToolsPage *page = openToolsPage(f);
    McpServerConfig remote;
    remote.name = QStringLiteral("remote");
    remote.transport = McpServerConfig::Transport::Http;
    remote.url = server.mcpUrl();
    bool saved = false;
    page->saveServer(remote, {}, [&](const QString &) { saved = true; });
    REQUIRE(waitUntil([&] { return saved; }));
    page->selectServer(QStringLiteral("remote"));

    // Not a bare 401: the state says a login is wanted, and Sign in is offered.
    REQUIRE(waitUntil([&] { return page->signInButton()->isVisibleTo(page); }, 15000));
    CHECK(page->stateLabel()->text().contains(QStringLiteral("sign in")));
    CHECK_FALSE(page->stateLabel()->text().contains(QStringLiteral("401")));

    QTest::mouseClick(page->signInButton(), Qt::LeftButton);
    REQUIRE(waitUntil(
        [&] { return rowState(page, QStringLiteral("remote")).startsWith(QStringLiteral("Ready")); }, 20000));
    CHECK_FALSE(page->signInButton()->isVisibleTo(page));
    CHECK(server.issued == 1);
}

TEST_CASE(
    "Every control of Settings → Tools, the server editor and the import has a name for a screen reader")
{
    WindowFixture f;
    test::forgetMcpServers(*f.backend->mcp());
    ui::McpToolsPage *page = openToolsPage(f);
    McpServerConfig config;
    config.name = QStringLiteral("named");
    config.command = QStringLiteral("/bin/false");
    bool saved = false;
    page->saveServer(config, {}, [&](const QString &) { saved = true; });
    REQUIRE(waitUntil([&] { return saved; }));
    CHECK(confab::test::accessibleElementCount(page) > 10);
    CHECK(confab::test::unnamedInteractiveElements(page).isEmpty());
    // The server's row says its name, what it runs and its state.
    const QString row = page->serverList()->topLevelItem(0)->data(0, Qt::AccessibleTextRole).toString();
    CHECK(row.startsWith(QStringLiteral("named, /bin/false, ")));

    ui::McpServerDialog *dialog = openAddDialog(page);
    dialog->environmentTable()->addPair(QStringLiteral("TOKEN"), QStringLiteral("hidden-from-readers"));
    CHECK(confab::test::unnamedInteractiveElements(dialog).isEmpty());
    // A secret value is not read out.
    const QTableWidgetItem *value = dialog->environmentTable()->table()->item(0, 1);
    CHECK(value->data(Qt::AccessibleTextRole).toString() == QStringLiteral("hidden value"));
    dialog->reject();

    QTest::mouseClick(page->importButton(), Qt::LeftButton);
    ui::McpImportDialog *import = nullptr;
    REQUIRE(waitUntil([&] { return (import = page->findChild<ui::McpImportDialog *>()) != nullptr; }));
    CHECK(confab::test::unnamedInteractiveElements(import).isEmpty());
    import->reject();
}
