#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/SetupCheckDialog.h"
#include "input/ImageOptionsBar.h"
#include "input/PromptEdit.h"
#include "settings/Settings.h"
#include "store/Store.h"
#include "theme/Theme.h"
#include "usage/BarChart.h"
#include "usage/UsageWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QImageReader>
#include <QLabel>
#include <QRegularExpression>
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
    // The window takes the new palette from the application's palette-change event.
    CHECK(waitUntil([&] { return confab::ui::Theme::isDark(f.window->palette()); }, 2000));

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
    // Only the chat's own request, not the title's.
    f.backend->settings()->setValue(SettingKey::GenerateTitles, false);
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
    CHECK(usage->summary().contains(QRegularExpression(QStringLiteral("\\b1 request\\b"))));
    usage->close();
    f.backend->settings()->reset(SettingKey::DailyCapUsd);
    f.backend->settings()->reset(SettingKey::GenerateTitles);
}

TEST_CASE("Help → Check setup runs the checks in the background and lists one line per step")
{
    WindowFixture f;
    QAction *action = nullptr;
    for (QAction *candidate : f.window->findChildren<QAction *>()) {
        if (candidate->text() == QStringLiteral("&Check setup…"))
            action = candidate;
    }
    REQUIRE(action);
    action->trigger();
    auto *dialog = f.window->findChild<confab::ui::SetupCheckDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    // The window keeps answering while the checks run: the dialog is up before any line arrived.
    CHECK(dialog->isRunning());
    REQUIRE(waitUntil([dialog] { return !dialog->isRunning(); }, 20000));

    const QStringList lines = dialog->lineTexts();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(lines.size() == 6);
    CHECK(lines.at(0) == QStringLiteral("The keychain answers."));
    CHECK(lines.at(2).startsWith(QStringLiteral("OpenRouter accepted the key")));
    CHECK(lines.at(4).startsWith(QStringLiteral("A short chat")));
    CHECK(lines.at(5).startsWith(QStringLiteral("fal accepted the key")));
    CHECK(dialog->verdict() == QStringLiteral("Setup is fine."));
    CHECK_FALSE(lines.join(QString()).contains(QStringLiteral("sk-or-v1-test-key-for-the-window")));
    const QString shot = qEnvironmentVariable("CONFAB_SCREENSHOT_DIR");
    if (!shot.isEmpty())
        dialog->grab().save(shot + QStringLiteral("/setup-check.png"));

    f.fal.setExpectedKey("another-fal-key");
    dialog->run();
    REQUIRE(waitUntil([dialog] { return !dialog->isRunning(); }, 20000));
    CHECK(dialog->verdict() ==
          QStringLiteral(
              "Setup has a problem: fal rejected the key (401): Authentication failed: invalid key."));
}

TEST_CASE("The format picker offers webp only for edits, and only where this Qt can show webp")
{
    confab::ui::ImageOptionsBar bar(nullptr);
    bar.setMode(confab::GenerationMode::TextToImage);
    CHECK(bar.formats() == QStringList{QStringLiteral("jpeg"), QStringLiteral("png")});
    bar.setMode(confab::GenerationMode::ImageToImage);
    QStringList expected{QStringLiteral("jpeg"), QStringLiteral("png")};
    if (QImageReader::supportedImageFormats().contains("webp"))
        expected << QStringLiteral("webp");
    CHECK(bar.formats() == expected);
    CHECK(bar.options().format == QStringLiteral("jpeg"));
    bar.setMode(confab::GenerationMode::TextToImage);
    CHECK_FALSE(bar.formats().contains(QStringLiteral("webp")));
}
