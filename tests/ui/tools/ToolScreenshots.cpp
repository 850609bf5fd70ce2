#include "ToolScreenshots.h"

#include "MainWindow.h"
#include "McpTestPaths.h"
#include "OpenRouterServer.h"
#include "Wait.h"
#include "chat/ChatView.h"
#include "dialogs/SettingsDialog.h"
#include "engine/Backend.h"
#include "engine/ConversationEngine.h"
#include "input/InputArea.h"
#include "input/PromptEdit.h"
#include "mcp/DialogToolApprover.h"
#include "mcp/ElicitationDialog.h"
#include "mcp/McpConnections.h"
#include "mcp/McpToolsPage.h"
#include "mcp/ToolApprovalDialog.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <cstdio>

namespace confab::test {

namespace {

void save(QWidget *widget, const QString &outDir, const QString &name)
{
    QApplication::processEvents();
    const QString path = outDir + QLatin1Char('/') + name;
    if (!widget->grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

void send(ui::MainWindow &window, const QString &prompt)
{
    ui::PromptEdit *editor = window.inputArea()->editor();
    editor->setPlainText(prompt);
    window.inputArea()->revalidate();
    QTest::keyClick(editor, Qt::Key_Return);
}

} // namespace

int shootTools(const QString &outDir, Backend &backend, ui::MainWindow &window,
               testserver::OpenRouterServer &openRouter)
{
    McpConnections *mcp = backend.mcp();
    McpServerConfig everything;
    everything.name = QStringLiteral("everything");
    everything.command = mcpNode();
    everything.arguments = {serverEverything(), QStringLiteral("stdio")};
    mcp->serverList().save(everything);
    McpServerConfig database;
    database.name = QStringLiteral("postgres");
    database.command = QStringLiteral("/bin/sh");
    database.arguments = {QStringLiteral("-c"),
                          QStringLiteral("echo 'Error: connect ECONNREFUSED 127.0.0.1:5432' >&2; exit 1")};
    mcp->serverList().save(database);
    McpServerConfig remote;
    remote.name = QStringLiteral("linear");
    remote.transport = McpServerConfig::Transport::Http;
    remote.url = QUrl(QStringLiteral("https://mcp.linear.app/mcp"));
    remote.enabled = false;
    mcp->serverList().save(remote);
    mcp->reload();
    mcp->chatServers().setDefaultServers({QStringLiteral("everything")});

    window.showSettings();
    auto *settings = window.findChild<ui::SettingsDialog *>();
    if (!settings)
        return 1;
    settings->resize(720, 600);
    ui::McpToolsPage *page = nullptr;
    for (int tab = 0; tab < settings->tabs()->count(); ++tab)
        if (auto *tools = qobject_cast<ui::McpToolsPage *>(settings->tabs()->widget(tab))) {
            settings->tabs()->setCurrentIndex(tab);
            page = tools;
        }
    if (!page)
        return 1;
    waitUntil(
        [&] {
            return mcp->status(QStringLiteral("everything")).state == McpServerStatus::State::Ready &&
                   mcp->status(QStringLiteral("postgres")).state == McpServerStatus::State::Failed;
        },
        30000);
    page->selectServer(QStringLiteral("postgres"));
    spinFor(300);
    save(settings, outDir, QStringLiteral("tools-settings-failed.png"));
    page->selectServer(QStringLiteral("everything"));
    spinFor(300);
    save(settings, outDir, QStringLiteral("tools-settings.png"));
    settings->close();

    // The model asks for a tool; the prompt shows over the window.
    window.newChat();
    testserver::Scenario call;
    call.calls = {{QStringLiteral("everything__get-sum"), QStringLiteral(R"({"a":1764,"b":2389})")}};
    openRouter.enqueue(call);
    testserver::Scenario after;
    after.text = QStringLiteral("**1764 + 2389 = 4153**, as the server's `get-sum` tool worked out.");
    openRouter.enqueue(after);
    send(window, QStringLiteral("What is 1764 + 2389? Use the calculator tool."));
    if (!waitUntil([&] { return window.toolApprover()->current() != nullptr; }, 30000))
        return 1;
    spinFor(400);
    window.repaint();
    QApplication::processEvents();
    // The whole window with the prompt over it, as the user sees it.
    QPixmap screen = window.grab();
    {
        ui::ToolApprovalDialog *prompt = window.toolApprover()->current();
        QPainter painter(&screen);
        // Without a window manager the prompt has no frame of its own; a thin one shows where it ends.
        const QRect at(window.mapFromGlobal(prompt->mapToGlobal(QPoint(0, 0))), prompt->size());
        painter.drawPixmap(at.topLeft(), prompt->grab());
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 1));
        painter.drawRect(at.adjusted(-1, -1, 0, 0));
    }
    screen.save(outDir + QStringLiteral("/tool-approval.png"));
    std::printf("%s\n", qPrintable(outDir + QStringLiteral("/tool-approval.png")));
    QTest::mouseClick(window.toolApprover()->current()->allowOnceButton(), Qt::LeftButton);
    waitUntil([&] { return !backend.engine()->isBusy(window.currentSession()); }, 30000);
    spinFor(400);
    save(&window, outDir, QStringLiteral("tool-call.png"));

    // A chat's server asks for input: the form over the window (the shapes of the specification's examples).
    const McpElicitationRequest request{
        QStringLiteral("everything"), QStringLiteral("Where should the report be sent?"),
        QJsonObject{
            {"type", "object"},
            {"properties",
             QJsonObject{{"email", QJsonObject{{"type", "string"}, {"title", "Email address"}}},
                         {"copies", QJsonObject{{"type", "integer"}, {"title", "Copies"}, {"default", 1}}},
                         {"urgent", QJsonObject{{"type", "boolean"}, {"title", "Urgent"}}}}},
            {"required", QJsonArray{"email"}}}};
    auto *form = new ui::ElicitationDialog(request, &window);
    form->show();
    spinFor(400);
    QPixmap withForm = window.grab();
    {
        QPainter painter(&withForm);
        const QRect at(window.mapFromGlobal(form->mapToGlobal(QPoint(0, 0))), form->size());
        painter.drawPixmap(at.topLeft(), form->grab());
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 1));
        painter.drawRect(at.adjusted(-1, -1, 0, 0));
    }
    withForm.save(outDir + QStringLiteral("/elicitation-form.png"));
    std::printf("%s\n", qPrintable(outDir + QStringLiteral("/elicitation-form.png")));
    form->reject();
    return 0;
}

} // namespace confab::test
