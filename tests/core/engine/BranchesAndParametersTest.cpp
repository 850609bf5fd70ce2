#include "EngineHarness.h"
#include "Wait.h"
#include "catch.h"
#include "engine/TitleWriter.h"
#include "settings/ChatPresets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace confab;
using confab::test::EngineHarness;
using confab::test::waitUntil;

namespace {

QJsonObject lastBody(EngineHarness &h)
{
    return QJsonDocument::fromJson(h.openRouterServer.chatRequests().last().body).object();
}

// The texts of the messages the model was sent, "role: text" each.
QStringList sentConversation(const QJsonObject &body)
{
    QStringList lines;
    for (const QJsonValue &value : body.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        lines << message.value(QStringLiteral("role")).toString() + QStringLiteral(": ") +
                     message.value(QStringLiteral("content")).toString().left(20);
    }
    return lines;
}

} // namespace

TEST_CASE("An edited question is sent with the branch above it only, and the old branch stays")
{
    EngineHarness h;
    h.openRouterServer.enqueue([] {
        testserver::Scenario s;
        s.text = QStringLiteral("Carbonara.");
        return s;
    }());
    const SendOutcome first = h.sendAndWait(h.text(QStringLiteral("Pasta for tonight?")));
    REQUIRE(first);
    const SendOutcome second =
        h.sendAndWait(h.text(QStringLiteral("Which wine goes with it?"), first.sessionId));
    REQUIRE(second);

    TurnRequest edit = h.text(QStringLiteral("Which dessert goes with it?"), first.sessionId);
    edit.newVersionOf = second.userMessageId;
    const SendOutcome edited = h.sendAndWait(edit);
    REQUIRE(edited);
    CHECK(sentConversation(lastBody(h)) ==
          QStringList{"user: Pasta for tonight?", "assistant: Carbonara.", "user: Which dessert goes w"});

    const QList<Message> shown = h.messages(first.sessionId);
    REQUIRE(shown.size() == 4);
    CHECK(shown.at(2).content == QStringLiteral("Which dessert goes with it?"));
    CHECK(shown.at(2).branchIndex == 1);
    CHECK(shown.at(2).branchCount == 2);
    // The first version keeps its answer one flip away.
    REQUIRE(h.store.messages()->selectBranch(second.userMessageId));
    CHECK(h.messages(first.sessionId).at(3).id == second.assistantMessageId);

    // A question of another chat cannot be edited into this one.
    TurnRequest stray = h.text(QStringLiteral("Hello"), first.sessionId);
    stray.newVersionOf = second.assistantMessageId;
    CHECK_FALSE(h.engine.send(stray).accepted);
}

TEST_CASE("Regenerate adds a new answer beside the old one, with another model if asked")
{
    EngineHarness h;
    const SendOutcome sent = h.sendAndWait(h.text(QStringLiteral("Name a river")));
    REQUIRE(sent);
    const QString firstAnswer = h.message(sent.assistantMessageId).content;

    const SendOutcome again =
        h.engine.regenerate(sent.assistantMessageId, QStringLiteral("test/other-model"));
    REQUIRE(again);
    REQUIRE(h.waitForIdle(sent.sessionId));
    CHECK(again.assistantMessageId != sent.assistantMessageId);
    CHECK(lastBody(h).value(QStringLiteral("model")).toString() == QStringLiteral("test/other-model"));
    const Message regenerated = h.message(again.assistantMessageId);
    CHECK(regenerated.status == MessageStatus::Completed);
    CHECK(regenerated.metadata.model == QStringLiteral("test/other-model"));
    CHECK(regenerated.parentId == sent.userMessageId);
    CHECK(regenerated.branchIndex == 1);
    CHECK(regenerated.branchCount == 2);
    // The earlier answer is kept, with the model that wrote it.
    const Message earlier = h.message(sent.assistantMessageId);
    CHECK(earlier.content == firstAnswer);
    CHECK(earlier.metadata.model == QStringLiteral("openai/gpt-4o-mini"));
    CHECK(h.messages(sent.sessionId).last().id == again.assistantMessageId);
}

TEST_CASE("Only the parameters a chat has set are sent")
{
    EngineHarness h;
    const SendOutcome sent = h.sendAndWait(h.text(QStringLiteral("Hi")));
    REQUIRE(sent);
    QJsonObject body = lastBody(h);
    CHECK_FALSE(body.contains(QStringLiteral("temperature")));
    CHECK_FALSE(body.contains(QStringLiteral("top_p")));
    CHECK(body.value(QStringLiteral("max_completion_tokens")).toInt() == ChatRequest::DefaultMaxTokens);
    CHECK(body.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("role")) ==
          QStringLiteral("user"));

    ChatParameters parameters;
    parameters.systemPrompt = QStringLiteral("Answer in haiku.");
    parameters.temperature = 0.4;
    parameters.maxTokens = 500;
    REQUIRE(h.store.sessions()->setParameters(sent.sessionId, parameters));
    REQUIRE(h.sendAndWait(h.text(QStringLiteral("And now?"), sent.sessionId)));
    body = lastBody(h);
    CHECK(body.value(QStringLiteral("temperature")).toDouble() == Approx(0.4));
    CHECK_FALSE(body.contains(QStringLiteral("top_p")));
    CHECK(body.value(QStringLiteral("max_completion_tokens")).toInt() == 500);
    CHECK(sentConversation(body).first() == QStringLiteral("system: Answer in haiku."));

    parameters.topP = 0.9;
    REQUIRE(h.store.sessions()->setParameters(sent.sessionId, parameters));
    REQUIRE(h.sendAndWait(h.text(QStringLiteral("Once more"), sent.sessionId)));
    CHECK(lastBody(h).value(QStringLiteral("top_p")).toDouble() == Approx(0.9));
}

TEST_CASE("A new chat starts from the default preset unless it brings its own parameters")
{
    EngineHarness h;
    ChatPresets(&h.settings).setDefaultPreset(QStringLiteral("Translator"));
    const SendOutcome sent = h.sendAndWait(h.text(QStringLiteral("Bonjour tout le monde")));
    REQUIRE(sent);
    const QJsonObject body = lastBody(h);
    CHECK(sentConversation(body).first().startsWith(QStringLiteral("system: You are a translator")));
    CHECK(body.value(QStringLiteral("temperature")).toDouble() == Approx(0.3));
    CHECK(h.store.sessions()->get(sent.sessionId)->temperature.value_or(-1) == Approx(0.3));

    TurnRequest own = h.text(QStringLiteral("Review this"));
    ChatParameters reviewer;
    reviewer.topP = 0.5;
    own.parameters = reviewer;
    REQUIRE(h.sendAndWait(own));
    CHECK_FALSE(lastBody(h).contains(QStringLiteral("temperature")));
    CHECK(lastBody(h).value(QStringLiteral("top_p")).toDouble() == Approx(0.5));
}

TEST_CASE("After the first answer a cheap model names the chat, and its cost is logged")
{
    EngineHarness h;
    TitleWriter &titles = *h.backend.titles();
    h.settings.setValue(SettingKey::GenerateTitles, true);
    h.settings.setValue(SettingKey::TitleModel, QStringLiteral("test/cheap"));
    QStringList seen;
    QObject::connect(h.store.sessions(), &SessionStore::sessionChanged,
                     [&](qint64 id) { seen << h.store.sessions()->get(id)->title; });

    const SendOutcome sent = h.sendAndWait(h.text(QStringLiteral("how do volcanoes form under the sea?")));
    REQUIRE(sent);
    REQUIRE(waitUntil([&] { return !titles.isWriting(sent.sessionId); }));
    REQUIRE(h.openRouterServer.titleRequests().size() == 1);
    const QJsonObject request =
        QJsonDocument::fromJson(h.openRouterServer.titleRequests().first().body).object();
    CHECK(request.value(QStringLiteral("model")).toString() == QStringLiteral("test/cheap"));
    CHECK(h.store.sessions()->get(sent.sessionId)->title == QStringLiteral("How do volcanoes form"));
    // The title grew word by word in the sidebar.
    CHECK(seen.size() > 2);
    CHECK(seen.first() != seen.last());

    const QList<Generation> calls = h.generations(sent.assistantMessageId);
    REQUIRE(calls.size() == 2);
    CHECK(calls.last().kind == GenerationKind::Title);
    CHECK(calls.last().status == GenerationStatus::Succeeded);
    CHECK(calls.last().costUsd.value_or(0) > 0);

    // Later answers, and chats the user renamed, keep their titles.
    REQUIRE(h.sendAndWait(h.text(QStringLiteral("And on land?"), sent.sessionId)));
    REQUIRE(h.store.sessions()->rename(sent.sessionId, QStringLiteral("Geology")));
    REQUIRE(h.engine.regenerate(sent.assistantMessageId));
    REQUIRE(h.waitForIdle(sent.sessionId));
    CHECK(h.openRouterServer.titleRequests().size() == 1);
    CHECK(h.store.sessions()->get(sent.sessionId)->title == QStringLiteral("Geology"));
}

TEST_CASE("Titles can be switched off, and a failed title call leaves the prompt's title")
{
    EngineHarness h;
    TitleWriter &titles = *h.backend.titles();
    const SendOutcome quiet = h.sendAndWait(h.text(QStringLiteral("No title please")));
    REQUIRE(quiet);
    CHECK(h.openRouterServer.titleRequests().isEmpty());

    h.settings.setValue(SettingKey::GenerateTitles, true);
    testserver::Scenario refused;
    REQUIRE(testserver::Scenario::fromName(QStringLiteral("error-400"), &refused));
    h.openRouterServer.enqueueTitle(refused);
    const SendOutcome sent = h.sendAndWait(h.text(QStringLiteral("Tell me about tides")));
    REQUIRE(sent);
    REQUIRE(waitUntil(
        [&] { return h.openRouterServer.titleRequests().size() == 1 && !titles.isWriting(sent.sessionId); }));
    CHECK(h.store.sessions()->get(sent.sessionId)->title == QStringLiteral("Tell me about tides"));
    CHECK(h.generations(sent.assistantMessageId).last().status == GenerationStatus::Failed);
}
