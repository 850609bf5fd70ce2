#include "settings/Settings.h"

#include "catch.h"
#include "settings/SettingsTable.h"

#include <QDir>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using confab::SettingKey;
using confab::Settings;
using confab::Theme;

namespace {
QString settingsFile(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("confab.ini"));
}
} // namespace

TEST_CASE("Every setting has its own name and a default")
{
    QSet<QString> names;
    int count = 0;
    for (const auto &definition : confab::settingDefinitions()) {
        CHECK(static_cast<int>(definition.key) == count);
        CHECK(definition.defaultValue.isValid());
        CHECK_FALSE(definition.name.isEmpty());
        names.insert(definition.name);
        ++count;
    }
    CHECK(count == static_cast<int>(SettingKey::WindowSplitter) + 1);
    CHECK(names.size() == count);
}

TEST_CASE("A fresh install starts with the documented defaults")
{
    QTemporaryDir dir;
    const Settings settings(settingsFile(dir));
    CHECK(settings.openRouterBaseUrl() == QUrl(QStringLiteral("https://openrouter.ai/api/v1")));
    CHECK(settings.falQueueUrl() == QUrl(QStringLiteral("https://queue.fal.run")));
    CHECK(settings.falStorageUrl() == QUrl(QStringLiteral("https://rest.fal.ai")));
    CHECK(settings.textModel() == QStringLiteral("openai/gpt-4o-mini"));
    CHECK(settings.autoModel() == QStringLiteral("google/gemini-2.5-flash"));
    CHECK(settings.textToImageModel() == QStringLiteral("fal-ai/flux-pro/v1.1-ultra"));
    CHECK(settings.imageEditModel() == QStringLiteral("fal-ai/gemini-25-flash-image/edit"));
    CHECK(settings.maxTokens() == 0); // each model's own limit
    CHECK(settings.systemPrompt().isEmpty());
    CHECK(settings.dailyCapUsd() == 0.0);
    CHECK(settings.monthlyCapUsd() == 0.0);
    CHECK(settings.requestsPerMinute() == 20);
    CHECK(settings.maxPromptLength() == 32000);
    CHECK(settings.maxImageUploadBytes() == 4 * 1024 * 1024);
    CHECK(settings.maxInputImages() == 4);
    CHECK(settings.falSafetyTolerance() == QStringLiteral("2"));
    CHECK(settings.falPricePerImage(QStringLiteral("fal-ai/flux-pro/v1.1-ultra")) == 0.06);
    CHECK(settings.falPricePerImage(QStringLiteral("fal-ai/gemini-25-flash-image/edit")) == 0.039);
    CHECK(settings.theme() == Theme::System);
    CHECK(settings.imageAspectRatio() == QStringLiteral("1:1"));
    CHECK(settings.imageCount() == 1);
    CHECK(settings.imageFormat() == QStringLiteral("jpeg"));
    CHECK(settings.isDefault(SettingKey::DailyCapUsd));
}

TEST_CASE("A changed setting is still there when the app starts again")
{
    QTemporaryDir dir;
    {
        Settings settings(settingsFile(dir));
        CHECK(settings.setValue(SettingKey::DailyCapUsd, 5.0));
        CHECK(settings.setValue(SettingKey::RequestsPerMinute, 45));
        CHECK(settings.setValue(SettingKey::FalSafetyTolerance, QStringLiteral("5")));
        CHECK(settings.setValue(SettingKey::Theme, QStringLiteral("dark")));
        CHECK(settings.setValue(SettingKey::SystemPrompt, QStringLiteral("Answer in French.")));
        CHECK(settings.setValue(SettingKey::OpenRouterBaseUrl, QStringLiteral("http://127.0.0.1:11434/v1")));
        CHECK(settings.setValue(SettingKey::MaxImageUploadBytes, qlonglong(8) * 1024 * 1024 * 1024));
    }
    const Settings reopened(settingsFile(dir));
    CHECK(reopened.dailyCapUsd() == 5.0);
    CHECK(reopened.requestsPerMinute() == 45);
    CHECK(reopened.falSafetyTolerance() == QStringLiteral("5"));
    CHECK(reopened.theme() == Theme::Dark);
    CHECK(reopened.systemPrompt() == QStringLiteral("Answer in French."));
    CHECK(reopened.openRouterBaseUrl() == QUrl(QStringLiteral("http://127.0.0.1:11434/v1")));
    CHECK(reopened.maxImageUploadBytes() == qlonglong(8) * 1024 * 1024 * 1024);
    CHECK_FALSE(reopened.isDefault(SettingKey::DailyCapUsd));
}

TEST_CASE("Another window sees a change as soon as it is made")
{
    QTemporaryDir dir;
    Settings first(settingsFile(dir));
    first.setValue(SettingKey::TextModel, QStringLiteral("anthropic/claude-sonnet-4"));
    const Settings second(settingsFile(dir));
    CHECK(second.textModel() == QStringLiteral("anthropic/claude-sonnet-4"));
}

TEST_CASE("Changing a setting is announced once, and only when the value really changes")
{
    QTemporaryDir dir;
    Settings settings(settingsFile(dir));
    QSignalSpy changed(&settings, &Settings::changed);
    settings.setValue(SettingKey::MonthlyCapUsd, 50);
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).value<SettingKey>() == SettingKey::MonthlyCapUsd);
    settings.setValue(SettingKey::MonthlyCapUsd, 50.0);
    CHECK(changed.count() == 1);
    settings.setValue(SettingKey::TextModel, QStringLiteral("openai/gpt-4o-mini"));
    CHECK(changed.count() == 1);
    settings.reset(SettingKey::MonthlyCapUsd);
    REQUIRE(changed.count() == 2);
    CHECK(changed.at(1).at(0).value<SettingKey>() == SettingKey::MonthlyCapUsd);
    CHECK(settings.monthlyCapUsd() == 0.0);
    CHECK(settings.isDefault(SettingKey::MonthlyCapUsd));
}

TEST_CASE("A value of the wrong kind is refused and the setting keeps its value")
{
    QTemporaryDir dir;
    Settings settings(settingsFile(dir));
    QSignalSpy changed(&settings, &Settings::changed);
    CHECK_FALSE(settings.setValue(SettingKey::MaxTokens, QStringLiteral("lots")));
    CHECK(settings.maxTokens() == 0);
    CHECK(settings.setValue(SettingKey::MaxTokens, QStringLiteral("2048")));
    CHECK(settings.maxTokens() == 2048);
    CHECK(changed.count() == 1);
}

TEST_CASE("Nonsense in the settings file falls back to safe values")
{
    QTemporaryDir dir;
    {
        QSettings raw(settingsFile(dir), QSettings::IniFormat);
        raw.setValue(QStringLiteral("appearance/theme"), QStringLiteral("purple"));
        raw.setValue(QStringLiteral("safety/falSafetyTolerance"), QStringLiteral("9"));
        raw.setValue(QStringLiteral("images/count"), 12);
        raw.setValue(QStringLiteral("images/format"), QStringLiteral("bmp"));
        raw.setValue(QStringLiteral("limits/dailyCapUsd"), -3);
        raw.setValue(QStringLiteral("limits/requestsPerMinute"), QStringLiteral("many"));
    }
    const Settings settings(settingsFile(dir));
    CHECK(settings.theme() == Theme::System);
    CHECK(settings.falSafetyTolerance() == QStringLiteral("2"));
    CHECK(settings.imageCount() == 4);
    CHECK(settings.imageFormat() == QStringLiteral("jpeg"));
    CHECK(settings.dailyCapUsd() == 0.0);
    CHECK(settings.requestsPerMinute() == 20);
}

TEST_CASE("The fal price table can be edited and models without a price have none")
{
    QTemporaryDir dir;
    {
        Settings settings(settingsFile(dir));
        QVariantMap prices = settings.value(SettingKey::FalPricesUsdPerImage).toMap();
        prices.insert(QStringLiteral("fal-ai/flux-pro/v1.1-ultra"), 0.05);
        prices.insert(QStringLiteral("fal-ai/new-model"), 0.02);
        CHECK(settings.setValue(SettingKey::FalPricesUsdPerImage, prices));
    }
    const Settings settings(settingsFile(dir));
    CHECK(settings.falPricePerImage(QStringLiteral("fal-ai/flux-pro/v1.1-ultra")) == 0.05);
    CHECK(settings.falPricePerImage(QStringLiteral("fal-ai/new-model")) == 0.02);
    CHECK(settings.falPricePerImage(QStringLiteral("fal-ai/nano-banana/edit")) == 0.039);
    CHECK_FALSE(settings.falPricePerImage(QStringLiteral("fal-ai/unknown")).has_value());
}

TEST_CASE("The app's own settings live in its config folder")
{
    const Settings settings;
    // Under test, QStandardPaths (which QSettings asks) names a test folder rather than the user's.
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    // A file there too, not the registry or a plist (%APPDATA%, which Qt's test mode does not move).
    CHECK(QDir::fromNativeSeparators(settings.fileName()).endsWith(QStringLiteral("/Confab/Confab.ini")));
#else
    CHECK(settings.fileName().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
    CHECK(settings.fileName().endsWith(QStringLiteral("/Confab/Confab.conf")));
#endif
}
