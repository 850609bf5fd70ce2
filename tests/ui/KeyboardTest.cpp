#include "Scenario.h"
#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "chat/ChatView.h"
#include "dialogs/SettingsDialog.h"
#include "input/AttachmentStrip.h"
#include "input/InputArea.h"
#include "input/PromptEdit.h"
#include "models/MessageListModel.h"
#include "viewer/ImageViewer.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using confab::MessageStatus;
using confab::test::waitUntil;
using confab::test::WindowFixture;
using confab::testserver::Scenario;

namespace {

// The offscreen platform activates a popup through the event queue. On a busy event loop that activation can
// arrive after the popup has closed and leave the hidden popup active, or no window at all, with the focus
// nowhere. A window manager hands the activation back to the window under the popup; this does what it does.
void handActivationBack()
{
    const QWidget *active = QApplication::activeWindow();
    if (active && active->isVisible())
        return;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMainWindow *>(window) && window->isVisible()) {
            window->activateWindow();
            return;
        }
    }
}

// Presses a key where the keyboard focus is, as a user at the keyboard does. When a popup has just closed,
// the focus comes back through the event loop, so a loaded machine may need a moment before it is there.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const bool focused = waitUntil(
        [] {
            handActivationBack();
            return QApplication::focusWidget() != nullptr;
        },
        5000);
    const QWidget *active = QApplication::activeWindow();
    INFO("active window: " << (active ? active->metaObject()->className() : "none"));
    REQUIRE(focused);
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

// Tabs backwards until the widget has the focus; false when a full round never reaches it.
bool tabBackTo(QWidget *widget)
{
    for (int i = 0; i < 40 && QApplication::focusWidget() != widget; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    return QApplication::focusWidget() == widget;
}

// Opens the focused message's menu with the Menu key and picks an entry by its underlined letter. The menu
// runs its own event loop, so the letter is typed once the menu shows.
QStringList pickFromMessageMenu(Qt::Key menuKey, Qt::KeyboardModifiers modifiers, Qt::Key letter)
{
    QStringList entries;
    bool picked = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || picked)
            return;
        picked = true;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                entries << action->text();
        QTest::keyClick(menu, letter);
    });
    poll.start();
    press(menuKey, modifiers);
    waitUntil([&] { return picked && !QApplication::activePopupWidget(); }, 3000);
    return entries;
}

} // namespace

TEST_CASE("Keyboard only: send a prompt, stop it, retry it from the message menu and open the settings")
{
    WindowFixture f;
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    Scenario slow;
    slow.answer = Scenario::Answer::LongText;
    slow.tokenCount = 400;
    slow.tokenDelayMs = 20;
    f.openRouter.enqueue(slow);

    // The window opens with the editor focused: type and send.
    REQUIRE(QApplication::focusWidget() == f.window->inputArea()->editor());
    for (QChar c : QStringLiteral("Tell a story"))
        QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
    press(Qt::Key_Return);
    REQUIRE(waitUntil([&] { return !f.lastAnswer().content.isEmpty(); }));

    // Escape stops the answer.
    press(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Stopped); }));

    // Shift+Tab from the editor reaches the conversation, which puts the focus on the latest message.
    confab::ui::ChatView *chat = f.window->chatView();
    REQUIRE(tabBackTo(chat));
    CHECK(chat->currentIndex().row() == f.window->messageModel()->rowCount() - 1);
    // Up and Down move between messages.
    press(Qt::Key_Up);
    CHECK(chat->currentIndex().row() == 0);
    press(Qt::Key_Down);
    CHECK(chat->currentIndex().row() == 1);

    // Shift+F10 opens the stopped answer's menu; R picks Retry, which runs it again in place.
    const qint64 stoppedId = f.lastAnswer().id;
    const QStringList entries = pickFromMessageMenu(Qt::Key_F10, Qt::ShiftModifier, Qt::Key_R);
    CHECK(entries.contains(QStringLiteral("&Copy text")));
    CHECK(entries.contains(QStringLiteral("&Retry")));
    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Completed); }, 60000));
    CHECK(f.lastAnswer().id == stoppedId);
    CHECK(f.window->messageModel()->rowCount() == 2);

    // A completed answer offers Regenerate instead, through the Menu key.
    const QStringList completed = pickFromMessageMenu(Qt::Key_Menu, Qt::NoModifier, Qt::Key_Escape);
    CHECK(completed.contains(QStringLiteral("Re&generate")));

    // Ctrl+, opens the settings; Escape closes them again.
    press(Qt::Key_Comma, Qt::ControlModifier);
    auto *settings = f.window->findChild<confab::ui::SettingsDialog *>();
    REQUIRE(settings);
    REQUIRE(QTest::qWaitForWindowExposed(settings));
    const QPointer<confab::ui::SettingsDialog> open = settings;
    REQUIRE(waitUntil([&] { return QApplication::activeWindow() == settings; }));
    press(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return !open || !open->isVisible(); }));
}

TEST_CASE("Keyboard only: Enter opens a picture and the message menu attaches it for an edit")
{
    WindowFixture f;
    f.window->openSession(f.addImageChat(QStringLiteral("a blue bird"), 1));
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    REQUIRE(waitUntil([&] { return f.window->messageModel()->rowCount() == 2; }));
    f.window->inputArea()->focusEditor();
    confab::ui::ChatView *chat = f.window->chatView();
    REQUIRE(tabBackTo(chat));
    REQUIRE(chat->currentIndex().row() == 1);

    press(Qt::Key_Return);
    QPointer<confab::ui::ImageViewer> viewer = f.window->findChild<confab::ui::ImageViewer *>();
    REQUIRE(viewer);
    REQUIRE(QTest::qWaitForWindowExposed(viewer));
    CHECK(waitUntil([&] { return viewer->hasImage(); }));
    REQUIRE(waitUntil([&] { return QApplication::activeWindow() == viewer; }));
    press(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return !viewer || !viewer->isVisible(); }));
    // The window manager hands the activation back; the offscreen platform has none to do it.
    f.window->activateWindow();
    REQUIRE(waitUntil([&] { return QApplication::focusWidget() == chat; }));

    const QStringList entries = pickFromMessageMenu(Qt::Key_Menu, Qt::NoModifier, Qt::Key_E);
    CHECK(entries.contains(QStringLiteral("&Edit this image")));
    REQUIRE(waitUntil([&] { return f.window->inputArea()->attachments()->count() == 1; }));
    CHECK(QApplication::focusWidget() == f.window->inputArea()->editor());
}
