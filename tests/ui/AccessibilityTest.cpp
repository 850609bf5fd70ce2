#include "AccessibleTree.h"
#include "Scenario.h"
#include "Wait.h"
#include "WindowFixture.h"
#include "accessibility/MessageAnnouncer.h"
#include "accessibility/ShortcutsDialog.h"
#include "catch.h"
#include "chat/ChatView.h"
#include "dialogs/SettingsDialog.h"
#include "input/InputArea.h"
#include "models/MessageListModel.h"
#include "settings/Settings.h"
#include "store/Store.h"
#include "usage/BarChart.h"
#include "usage/UsageWindow.h"
#include "viewer/ImageViewer.h"

#include <QAccessible>
#include <QComboBox>
#include <QTableWidget>
#include <QTest>

using confab::Message;
using confab::MessageRole;
using confab::MessageStatus;
using confab::NewMessage;
using confab::test::accessibleElementCount;
using confab::test::accessibleItemNames;
using confab::test::unnamedInteractiveElements;
using confab::test::waitUntil;
using confab::test::WindowFixture;
using confab::testserver::Scenario;

namespace {

// A chat holding an answer in every state a reader can meet.
qint64 addChatInEveryState(WindowFixture &f)
{
    confab::Store *store = f.backend->store();
    const qint64 session = store->sessions()->create(QStringLiteral("Every state"))->id;
    auto add = [&](MessageRole role, const QString &text, MessageStatus status, const QString &error) {
        NewMessage message;
        message.sessionId = session;
        message.role = role;
        message.content = text;
        message.status = status;
        message.metadata.error = error;
        if (role == MessageRole::Assistant)
            message.metadata.model = QStringLiteral("openai/gpt-4o-mini");
        store->messages()->create(message);
    };
    add(MessageRole::User, QStringLiteral("First question"), MessageStatus::Completed, {});
    add(MessageRole::Assistant, QStringLiteral("A finished answer"), MessageStatus::Completed, {});
    add(MessageRole::Assistant, QStringLiteral("Half an answer"), MessageStatus::Stopped, {});
    add(MessageRole::Assistant, QStringLiteral("Cut short"), MessageStatus::Interrupted, {});
    add(MessageRole::Assistant, QString(), MessageStatus::Failed,
        QStringLiteral("Rate limited by the provider"));
    add(MessageRole::Assistant, QStringLiteral("Still wri"), MessageStatus::Processing, {});
    return session;
}

void requireAllNamed(QObject *root)
{
    const QStringList unnamed = unnamedInteractiveElements(root);
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
}

} // namespace

TEST_CASE("Every control of the main window has a name a screen reader can read")
{
    WindowFixture f;
    f.addChat(QStringLiteral("Earlier chat"), QStringLiteral("hello"), QStringLiteral("hi there"));
    f.window->openSession(addChatInEveryState(f));
    // The image options and their pickers appear in the image modes; walk them visible too.
    for (auto mode : {confab::GenerationMode::Text, confab::GenerationMode::TextToImage}) {
        f.window->inputArea()->setMode(mode);
        QApplication::processEvents();
        CHECK(accessibleElementCount(f.window.get()) > 40);
        requireAllNamed(f.window.get());
    }
}

TEST_CASE("Each message reads out who spoke, when, its state and its text")
{
    WindowFixture f;
    f.window->openSession(addChatInEveryState(f));
    REQUIRE(waitUntil([&] { return f.window->messageModel()->rowCount() == 6; }));

    const QStringList names = accessibleItemNames(f.window->chatView());
    REQUIRE(names.size() == 6);
    CHECK(names.at(0).startsWith(QStringLiteral("You, ")));
    CHECK(names.at(0).endsWith(QStringLiteral(": First question")));
    CHECK(names.at(1).startsWith(QStringLiteral("Assistant, ")));
    CHECK(names.at(1).contains(QStringLiteral(", completed: A finished answer")));
    CHECK(names.at(2).contains(QStringLiteral(", stopped: Half an answer")));
    CHECK(names.at(3).contains(QStringLiteral(", interrupted: Cut short")));
    CHECK(names.at(4).endsWith(QStringLiteral(", failed")));
    CHECK(names.at(5).contains(QStringLiteral(", streaming: Still wri")));

    // The details and the error are in the description.
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(f.window->chatView());
    REQUIRE(view);
    QStringList descriptions;
    for (int i = 0; i < view->childCount(); ++i)
        if (QAccessibleInterface *child = view->child(i); child && child->role() == QAccessible::ListItem)
            descriptions << child->text(QAccessible::Description);
    REQUIRE(descriptions.size() == 6);
    CHECK(descriptions.at(1).contains(QStringLiteral("Model openai/gpt-4o-mini")));
    CHECK(descriptions.at(4).contains(QStringLiteral("Error: Rate limited by the provider")));
}

TEST_CASE("Generated pictures read out the prompt they were made from")
{
    WindowFixture f;
    f.window->openSession(f.addImageChat(QStringLiteral("a lighthouse at dusk"), 2));
    REQUIRE(waitUntil([&] { return f.window->messageModel()->rowCount() == 2; }));
    const QStringList names = accessibleItemNames(f.window->chatView());
    REQUIRE(names.size() == 2);
    CHECK(names.at(1).contains(QStringLiteral("2 pictures of “a lighthouse at dusk”")));
}

TEST_CASE("A streamed answer is announced once when it completes, not once per token")
{
    WindowFixture f;
    Scenario many;
    many.answer = Scenario::Answer::LongText;
    many.tokenCount = 60;
    f.openRouter.enqueue(many);
    auto *announcer = f.window->chatView()->findChild<confab::ui::MessageAnnouncer *>();
    REQUIRE(announcer);
    f.typeAndSend(QStringLiteral("Tell me something long"));
    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Completed); }));
    REQUIRE(waitUntil([&] { return announcer->announcements() >= 1; }));
    confab::test::spinFor(100);
    CHECK(announcer->announcements() == 1);
    CHECK(announcer->lastAnnouncement() == QStringLiteral("Answer complete"));

    Scenario failing;
    failing.answer = Scenario::Answer::PreStreamError;
    failing.httpStatus = 400;
    f.openRouter.enqueue(failing);
    f.typeAndSend(QStringLiteral("This one fails"));
    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Failed); }));
    REQUIRE(waitUntil([&] { return announcer->announcements() == 2; }));
    confab::test::spinFor(100);
    CHECK(announcer->announcements() == 2);
    CHECK(announcer->lastAnnouncement().startsWith(QStringLiteral("The answer failed")));
}

TEST_CASE("Every dialog — settings, usage, image viewer, shortcuts — names all its controls")
{
    WindowFixture f;
    const qint64 session = f.addImageChat(QStringLiteral("a red fox"), 1);

    f.window->showSettings();
    auto *settings = f.window->findChild<confab::ui::SettingsDialog *>();
    REQUIRE(settings);
    REQUIRE(QTest::qWaitForWindowExposed(settings));
    CHECK(accessibleElementCount(settings) > 20);
    requireAllNamed(settings);
    settings->close();

    f.window->showUsage();
    auto *usage = f.window->findChild<confab::ui::UsageWindow *>();
    REQUIRE(usage);
    REQUIRE(QTest::qWaitForWindowExposed(usage));
    requireAllNamed(usage);
    // The charts carry a textual summary for those who cannot see the bars.
    for (QWidget *chart :
         {static_cast<QWidget *>(usage->spendChart()), static_cast<QWidget *>(usage->requestsChart())}) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(chart);
        REQUIRE(iface);
        CHECK(!iface->text(QAccessible::Name).isEmpty());
        CHECK(!iface->text(QAccessible::Description).isEmpty());
    }
    usage->close();

    f.window->openSession(session);
    const Message answer = f.lastAnswer();
    REQUIRE(answer.images.size() == 1);
    f.window->openImage(answer.images.first().hash);
    auto *viewer = f.window->findChild<confab::ui::ImageViewer *>();
    REQUIRE(viewer);
    REQUIRE(QTest::qWaitForWindowExposed(viewer));
    requireAllNamed(viewer);
    viewer->close();

    f.window->showShortcuts();
    auto *shortcuts = f.window->findChild<confab::ui::ShortcutsDialog *>();
    REQUIRE(shortcuts);
    REQUIRE(QTest::qWaitForWindowExposed(shortcuts));
    requireAllNamed(shortcuts);
    CHECK(shortcuts->table()->rowCount() == confab::ui::ShortcutsDialog::shortcuts().size());
    shortcuts->close();
}
