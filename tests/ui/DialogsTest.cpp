#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "dialogs/SettingsDialog.h"
#include "input/PromptEdit.h"
#include "settings/Settings.h"
#include "store/Store.h"
#include "theme/Theme.h"
#include "usage/BarChart.h"
#include "usage/UsageWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QTest>

using confab::MessageStatus;
using confab::SettingKey;
using confab::test::waitUntil;
using confab::test::WindowFixture;

TEST_CASE("The settings show the key in use masked, and switching to the dark theme darkens the window")
{
    WindowFixture f;
    f.window->showSettings();
    auto *dialog = f.window->findChild<confab::ui::SettingsDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));

    QStringList labels;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        labels << label->text();
    const QString all = labels.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("From the environment (OPENROUTER_API_KEY)")));
    CHECK(!all.contains(QStringLiteral("sk-or-v1-test-key-for-the-window")));
    CHECK(all.contains(f.dir.path()));

    auto *theme = qobject_cast<QComboBox *>(dialog->editorFor(SettingKey::Theme));
    REQUIRE(theme);
    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    dialog->apply();
    CHECK(f.backend->settings()->theme() == confab::Theme::Dark);
    CHECK(confab::ui::Theme::isDark(QApplication::palette()));
    CHECK(confab::ui::Theme::isDark(f.window->palette()));

    theme->setCurrentIndex(theme->findData(QStringLiteral("light")));
    dialog->apply();
    CHECK(!confab::ui::Theme::isDark(QApplication::palette()));
    dialog->close();
    f.backend->settings()->reset(SettingKey::Theme);
}

TEST_CASE("The usage window charts the day's spend against the daily cap and the requests per model")
{
    WindowFixture f;
    f.backend->settings()->setValue(SettingKey::DailyCapUsd, 5.0);
    f.typeAndSend(QStringLiteral("Count to three"));
    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Completed); }));
    REQUIRE(waitUntil([&] {
        return f.backend->store()->generations()->requestsSince(QDateTime::currentDateTime().addDays(-1)) > 0;
    }));

    f.window->showUsage();
    auto *usage = f.window->findChild<confab::ui::UsageWindow *>();
    REQUIRE(usage);
    REQUIRE(QTest::qWaitForWindowExposed(usage));
    CHECK(usage->spendChart()->bars().size() == 30);
    REQUIRE(usage->spendChart()->limit().has_value());
    CHECK(*usage->spendChart()->limit() == Approx(5.0));
    REQUIRE(usage->requestsChart()->bars().size() == 1);
    CHECK(usage->requestsChart()->bars().first().value == Approx(1.0));
    CHECK(usage->summary().contains(QStringLiteral("1 requests")));
    usage->close();
    f.backend->settings()->reset(SettingKey::DailyCapUsd);
}
