#include "MainWindow.h"

#include "OpenNotice.h"
#include "WindowFixture.h"
#include "WindowPlacement.h"
#include "catch.h"
#include "keys/KeyStore.h"
#include "settings/Settings.h"

#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>

using confab::test::WindowFixture;

TEST_CASE("The main window shows the sidebar, the conversation and the input area")
{
    WindowFixture f;
    QStringList names;
    for (QWidget *child : f.window->findChildren<QWidget *>())
        if (!child->accessibleName().isEmpty())
            names << child->accessibleName();
    CHECK(names.contains(QStringLiteral("Sessions")));
    CHECK(names.contains(QStringLiteral("Conversation")));
    CHECK(names.contains(QStringLiteral("Message")));
    CHECK(names.contains(QStringLiteral("Generation mode")));
    CHECK(names.contains(QStringLiteral("Send")));
    CHECK(names.contains(QStringLiteral("Model")));
    CHECK(names.contains(QStringLiteral("Search chats")));
    CHECK(names.contains(QStringLiteral("New chat")));

    QStringList menus;
    for (QAction *action : f.window->menuBar()->actions())
        menus << action->text();
    CHECK(menus.contains(QStringLiteral("&Help")));
}

TEST_CASE("The history notice is built only when opening the history had something to say")
{
    WindowFixture f;
    // A plain start: nothing over the conversation, and nothing built for it.
    CHECK(f.window->findChild<confab::ui::OpenNotice *>() == nullptr);

    confab::OpenResult interrupted = f.opened;
    interrupted.outcome = confab::OpenResult::Outcome::Opened;
    interrupted.message.clear();
    interrupted.interruptedMessages = 2;
    confab::ui::MainWindow window(f.backend.get(), interrupted);
    window.show();
    auto *notice = window.findChild<confab::ui::OpenNotice *>();
    REQUIRE(notice);
    CHECK(notice->isVisible());
    CHECK(notice->text().startsWith(QStringLiteral("2 answer")));
    CHECK(notice->text().contains(QStringLiteral("interrupted")));
}

TEST_CASE("Every button, field and list in the window has an accessible name")
{
    WindowFixture f;
    QStringList unnamed;
    for (QWidget *child : f.window->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(child) || qobject_cast<QComboBox *>(child) ||
                             qobject_cast<QAbstractItemView *>(child);
        if (control && child->isVisibleTo(f.window.get()) && child->accessibleName().isEmpty() &&
            !qobject_cast<QLineEdit *>(child->parentWidget()) && !child->inherits("QMenuBar"))
            unnamed << QString::fromLatin1(child->metaObject()->className()) + QLatin1Char('#') +
                           child->objectName();
    }
    CHECK(unnamed.join(QStringLiteral(", ")) == QString());
}

TEST_CASE("The window comes back where the user left it")
{
    WindowFixture f;
    f.window->resize(1001, 655);
    f.window->close();
    confab::ui::MainWindow again(f.backend.get(), f.opened);
    CHECK(again.size() == QSize(1001, 655));
}

TEST_CASE("A window with no place saved for this screen opens within it, at any display scale")
{
    using confab::ui::openingWindowSize;
    // A desktop screen: the usual size.
    CHECK(openingWindowSize(QSize(1920, 1040)) == QSize(1100, 720));
    // 1366×768 at 150 % less a taskbar, and 1600×1100 at 200 % (where a place saved at 100 % is refused):
    // the whole window on the screen, with room around it.
    for (const QSize available : {QSize(910, 472), QSize(800, 550)}) {
        const QSize size = openingWindowSize(available);
        CHECK(size.width() < available.width());
        CHECK(size.height() < available.height());
        CHECK(size.width() >= available.width() * 8 / 10);
    }
}

TEST_CASE("A window test keeps to its own settings file and keychain entry, never the user's")
{
    // What the user's own settings hold before (a machine where Confab has run has a window place there).
    const QByteArray usersPlace = confab::Settings().value(confab::SettingKey::WindowGeometry).toByteArray();
    WindowFixture f;
    // Keys, sync folder keys and MCP secrets all live under the backend's keychain service, and everything
    // the window writes goes to its settings file: both are the fixture's.
    CHECK(f.backend->keys()->serviceName() != confab::KeyStore::defaultServiceName());
    CHECK(f.backend->keys()->serviceName().startsWith(QStringLiteral("Confab-test-")));
    CHECK(f.backend->settings()->fileName() == f.settingsFile());
    f.window->resize(900, 640);
    f.window->close();

    // The window's place was kept in the fixture's file, the one the next start of this window reads, and
    // not in the app's own settings.
    const confab::Settings kept(f.settingsFile());
    CHECK_FALSE(kept.value(confab::SettingKey::WindowGeometry).toByteArray().isEmpty());
    CHECK_FALSE(kept.value(confab::SettingKey::WindowSplitter).toByteArray().isEmpty());
    CHECK(kept.value(confab::SettingKey::WindowGeometry).toByteArray() != usersPlace);
    CHECK(confab::Settings().value(confab::SettingKey::WindowGeometry).toByteArray() == usersPlace);
}
