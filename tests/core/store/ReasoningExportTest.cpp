#include "TestStore.h"
#include "catch.h"
#include "store/HistoryExporter.h"
#include "store/HistoryImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace confab;

namespace {

const QJsonArray Details{
    QJsonObject{{QStringLiteral("type"), QStringLiteral("reasoning.text")},
                {QStringLiteral("text"), QStringLiteral("Compare the two numbers digit by digit.")},
                {QStringLiteral("signature"), QStringLiteral("sig-abc")},
                {QStringLiteral("format"), QStringLiteral("anthropic-claude-v1")},
                {QStringLiteral("index"), 0}},
    QJsonObject{{QStringLiteral("type"), QStringLiteral("reasoning.encrypted")},
                {QStringLiteral("data"), QStringLiteral("ZW5jcnlwdGVk")},
                {QStringLiteral("format"), QStringLiteral("anthropic-claude-v1")},
                {QStringLiteral("index"), 1}}};

qint64 thoughtfulChat(test::TestStore &fixture)
{
    const Session chat = fixture.newSession(QStringLiteral("Numbers"));
    fixture->sessions()->setReasoningEffort(chat.id, QStringLiteral("high"));
    fixture.addMessage(chat.id, MessageRole::User, QStringLiteral("Is 9.11 bigger than 9.9?"));
    NewMessage answer;
    answer.sessionId = chat.id;
    answer.role = MessageRole::Assistant;
    answer.content = QStringLiteral("No, 9.9 is bigger.");
    answer.reasoning = QStringLiteral("Compare the two numbers digit by digit.");
    answer.reasoningDetails = Details;
    answer.metadata.reasoningTokens = 9;
    fixture->messages()->create(answer);
    return chat.id;
}

} // namespace

TEST_CASE("Reasoning and its details survive a JSON export and import, with the chat's effort")
{
    test::TestStore original;
    thoughtfulChat(original);
    const QString file = original.folder() + QStringLiteral("/export.json");
    REQUIRE(HistoryExporter(original.store()).exportJson({}, file));

    test::TestStore restored;
    HistoryImporter importer(restored.store());
    REQUIRE(importer.importJson(file));
    REQUIRE(importer.importedSessions().size() == 1);
    const qint64 session = importer.importedSessions().first();
    CHECK(restored->sessions()->get(session)->reasoningEffort == QStringLiteral("high"));
    const QList<Message> messages = restored->messages()->page(session, 0, 10);
    REQUIRE(messages.size() == 2);
    CHECK(messages[1].reasoning == QStringLiteral("Compare the two numbers digit by digit."));
    CHECK(messages[1].reasoningDetails == Details);
    CHECK(messages[1].metadata.reasoningTokens == 9);
}

TEST_CASE("The Markdown export shows the reasoning as a collapsed Thinking block before the answer")
{
    test::TestStore fixture;
    const qint64 chat = thoughtfulChat(fixture);
    const QString file = fixture.folder() + QStringLiteral("/chat.md");
    HistoryExporter exporter(fixture.store());
    REQUIRE(exporter.exportSessionMarkdown(chat, file));
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    const qsizetype thinking = text.indexOf(QStringLiteral("<summary>Thinking</summary>"));
    REQUIRE(thinking >= 0);
    CHECK(text.indexOf(QStringLiteral("Compare the two numbers digit by digit.")) > thinking);
    CHECK(text.indexOf(QStringLiteral("No, 9.9 is bigger.")) > text.indexOf(QStringLiteral("</details>")));
    CHECK_FALSE(text.contains(QStringLiteral("ZW5jcnlwdGVk")));
}
