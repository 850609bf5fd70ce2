#include "settings/ChatPresets.h"

#include "catch.h"
#include "settings/Settings.h"

#include <QTemporaryDir>

using namespace confab;

TEST_CASE("Shipped presets are offered, and the user's own are kept across restarts")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(file);
        ChatPresets presets(&settings);
        const auto translator = presets.find(QStringLiteral("translator"));
        REQUIRE(translator);
        CHECK(translator->builtIn);
        CHECK(translator->parameters.systemPrompt.contains(QStringLiteral("Translate")));
        CHECK(presets.find(QStringLiteral("Code reviewer")).has_value());
        CHECK_FALSE(presets.defaultPreset().has_value());

        ChatParameters pirate;
        pirate.systemPrompt = QStringLiteral("Talk like a pirate.");
        pirate.temperature = 1.3;
        pirate.maxTokens = 300;
        CHECK(presets.save(QStringLiteral("  Pirate "), pirate));
        CHECK_FALSE(presets.save(QStringLiteral("   "), pirate));
        presets.setDefaultPreset(QStringLiteral("Pirate"));
    }
    Settings reopened(file);
    ChatPresets presets(&reopened);
    const auto pirate = presets.find(QStringLiteral("Pirate"));
    REQUIRE(pirate);
    CHECK_FALSE(pirate->builtIn);
    CHECK(pirate->parameters.temperature.value_or(-1) == Approx(1.3));
    CHECK(pirate->parameters.maxTokens == 300);
    CHECK_FALSE(pirate->parameters.topP.has_value());
    REQUIRE(presets.defaultPreset());
    CHECK(presets.defaultPreset()->name == QStringLiteral("Pirate"));

    CHECK(presets.remove(QStringLiteral("Pirate")));
    CHECK_FALSE(presets.find(QStringLiteral("Pirate")).has_value());
    CHECK_FALSE(presets.defaultPreset().has_value());
    // A shipped preset cannot be removed.
    CHECK_FALSE(presets.remove(QStringLiteral("Translator")));
}

TEST_CASE("A user preset with a shipped preset's name takes its place")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ChatPresets presets(&settings);
    const qsizetype shipped = presets.all().size();
    ChatParameters mine;
    mine.systemPrompt = QStringLiteral("Translate into Italian.");
    REQUIRE(presets.save(QStringLiteral("Translator"), mine));
    CHECK(presets.all().size() == shipped);
    CHECK(presets.find(QStringLiteral("Translator"))->parameters.systemPrompt ==
          QStringLiteral("Translate into Italian."));
}
