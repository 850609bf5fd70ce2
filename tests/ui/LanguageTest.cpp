#include "WindowFixture.h"
#include "catch.h"
#include "common/Translations.h"
#include "dialogs/SettingsDialog.h"
#include "settings/Settings.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using confab::SettingKey;
using confab::test::WindowFixture;

namespace {

// Texts are made when widgets are built, so the language is chosen before the window exists, as at startup.
struct GermanForThisTest
{
    GermanForThisTest() { confab::installTranslations(QStringLiteral("de")); }
    ~GermanForThisTest() { confab::installTranslations(QStringLiteral("en")); }
};

QStringList buttonTexts(const QWidget *root)
{
    QStringList texts;
    for (const QPushButton *button : root->findChildren<QPushButton *>())
        texts << button->text();
    return texts;
}

} // namespace

TEST_CASE("Translations: with German chosen, the window, its menus and the settings dialog speak German")
{
    const GermanForThisTest german;
    WindowFixture f;
    REQUIRE(QTest::qWaitForWindowExposed(f.window.get()));

    const QStringList windowButtons = buttonTexts(f.window.get());
    CHECK(windowButtons.contains(QStringLiteral("Senden")));
    CHECK(!windowButtons.contains(QStringLiteral("Send")));
    QStringList menus;
    for (const QAction *menu : f.window->menuBar()->actions())
        menus << menu->text();
    CHECK(menus ==
          QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")});

    f.window->showSettings();
    auto *dialog = f.window->findChild<confab::ui::SettingsDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->windowTitle() == QStringLiteral("Einstellungen"));
    auto *tabs = dialog->findChild<QTabWidget *>();
    REQUIRE(tabs);
    QStringList tabNames;
    for (int i = 0; i < tabs->count(); ++i)
        tabNames << tabs->tabText(i);
    CHECK(tabNames.contains(QStringLiteral("Schlüssel")));
    CHECK(tabNames.contains(QStringLiteral("Darstellung")));
    // Qt's own buttons come from the distribution's Qt translations (qt6-translations-l10n on Debian).
    if (QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                          QStringLiteral("/qtbase_de.qm"))) {
        INFO(buttonTexts(dialog).join(QStringLiteral(" | ")).toStdString());
        // With or without an accelerator, depending on the platform theme.
        const QStringList texts = buttonTexts(dialog);
        CHECK((texts.contains(QStringLiteral("&Abbrechen")) || texts.contains(QStringLiteral("Abbrechen"))));
    } else {
        WARN("Qt's German translations are not installed; the standard buttons stay English");
    }
    dialog->close();
}

TEST_CASE("Translations: the language chosen in Settings → Appearance is kept for the next start")
{
    WindowFixture f;
    f.window->showSettings();
    auto *dialog = f.window->findChild<confab::ui::SettingsDialog *>();
    REQUIRE(dialog);
    auto *language = qobject_cast<QComboBox *>(dialog->editorFor(SettingKey::Language));
    REQUIRE(language);
    CHECK(language->currentData().toString() == QStringLiteral("system"));
    CHECK(language->findText(QStringLiteral("Deutsch")) >= 0);

    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    dialog->apply();
    // As the next start reads it: from the file.
    CHECK(confab::Settings(f.settingsFile()).value(SettingKey::Language).toString() == QStringLiteral("de"));
    dialog->close();
    f.backend->settings()->reset(SettingKey::Language);
    CHECK(confab::Settings(f.settingsFile()).value(SettingKey::Language).toString() ==
          QStringLiteral("system"));
}
