#include "MainWindow.h"

#include "catch.h"

#include <QAccessible>
#include <QComboBox>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using confab::ui::MainWindow;

TEST_CASE("The main window shows the sidebar, the conversation and the input area")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QStringList names;
    for (QWidget *child : window.findChildren<QWidget *>())
        if (!child->accessibleName().isEmpty())
            names << child->accessibleName();
    CHECK(names.contains(QStringLiteral("Sessions")));
    CHECK(names.contains(QStringLiteral("Conversation")));
    CHECK(names.contains(QStringLiteral("Message")));
    CHECK(names.contains(QStringLiteral("Generation mode")));
    CHECK(names.contains(QStringLiteral("Send")));

    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    CHECK(menus.contains(QStringLiteral("&Help")));
}

TEST_CASE("The window comes back where the user left it")
{
    {
        MainWindow window;
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.resize(777, 555);
        window.close();
    }
    MainWindow again;
    CHECK(again.size() == QSize(777, 555));
}
