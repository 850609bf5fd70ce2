#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "chat/ChatView.h"
#include "dialogs/ChatSettingsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "engine/ConversationEngine.h"
#include "input/InputArea.h"
#include "input/PromptEdit.h"
#include "keys/KeyStore.h"
#include "settings/ChatPresets.h"
#include "store/Store.h"

#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using confab::MessageStatus;
using confab::test::waitUntil;
using confab::test::WindowFixture;

TEST_CASE("Without keys the empty chat says how to start, Send says why it is off, and a saved key ends it")
{
    WindowFixture::Options options;
    options.openRouterKey = false;
    options.falKey = false;
    WindowFixture f(options);
    confab::ui::ChatView *chat = f.window->chatView();
    REQUIRE(waitUntil([&] { return chat->showsFirstRunHint(); }));

    confab::ui::InputArea *input = f.window->inputArea();
    QTest::keyClicks(input->editor(), QStringLiteral("Hello?"));
    input->revalidate();
    CHECK(!input->sendButton()->isEnabled());
    CHECK(input->sendButton()->toolTip().contains(QStringLiteral("Settings → Keys")));

    auto *open = chat->firstRunHint()->findChild<QPushButton *>(QStringLiteral("openKeys"));
    REQUIRE(open);
    QTest::mouseClick(open, Qt::LeftButton);
    confab::ui::SettingsDialog *settings = nullptr;
    REQUIRE(waitUntil([&] {
        settings = f.window->findChild<confab::ui::SettingsDialog *>(QStringLiteral("settingsDialog"));
        return settings && settings->isVisible();
    }));
    CHECK(settings->tabs()->currentIndex() == 0);
    CHECK(settings->tabs()->tabText(0) == QStringLiteral("Keys"));
    settings->reject();

    f.backend->keys()->setSessionKey(confab::Provider::OpenRouter, QStringLiteral("sk-or-v1-first-run-key"));
    REQUIRE(waitUntil([&] { return !chat->showsFirstRunHint(); }));
    input->revalidate();
    CHECK(input->sendButton()->isEnabled());
}

TEST_CASE("The chat settings panel sends only what the user changed, and presets start chats")
{
    WindowFixture f;
    f.typeAndSend(QStringLiteral("First question"));
    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Completed); }));
    const qint64 session = f.window->currentSession();

    confab::ui::ChatSettingsDialog *dialog = f.window->showChatSettings();
    REQUIRE(dialog);
    CHECK(dialog->temperatureEdit()->text() == QStringLiteral("Model default"));
    dialog->temperatureEdit()->setValue(0.7);
    dialog->systemPromptEdit()->setPlainText(QStringLiteral("Answer like a chef."));
    dialog->accept();
    const auto stored = f.backend->store()->sessions()->get(session);
    CHECK(stored->temperature.value_or(-1) == Approx(0.7));
    CHECK_FALSE(stored->topP.has_value());
    CHECK_FALSE(stored->maxTokens.has_value());

    REQUIRE(waitUntil([&] { return !f.backend->engine()->isBusy(session); }));
    f.typeAndSend(QStringLiteral("Second question"));
    REQUIRE(waitUntil(
        [&] { return f.openRouter.chatRequests().size() == 2 && f.lastAnswerIs(MessageStatus::Completed); }));
    const QJsonObject body = QJsonDocument::fromJson(f.openRouter.chatRequests().last().body).object();
    CHECK(body.value(QStringLiteral("temperature")).toDouble() == Approx(0.7));
    CHECK_FALSE(body.contains(QStringLiteral("top_p")));

    // Saved as a preset, the settings start the next chat.
    confab::ui::ChatSettingsDialog *again = f.window->showChatSettings();
    REQUIRE(again->saveAsPreset(QStringLiteral("Chef")));
    again->reject();
    f.window->newChatFromPreset(QStringLiteral("Chef"));
    f.typeAndSend(QStringLiteral("Dinner for two?"));
    REQUIRE(waitUntil(
        [&] { return f.window->currentSession() != session && f.lastAnswerIs(MessageStatus::Completed); }));
    const auto chef = f.backend->store()->sessions()->get(f.window->currentSession());
    CHECK(chef->systemPrompt == QStringLiteral("Answer like a chef."));
    CHECK(chef->temperature.value_or(-1) == Approx(0.7));
}
