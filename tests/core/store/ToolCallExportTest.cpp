// Tool calls kept with an answer: through the store, a JSON export and import (the same records sync
// carries), a Markdown export, and hostile records from outside.
#include "TestStore.h"
#include "catch.h"
#include "store/HistoryExporter.h"
#include "store/HistoryImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace confab;

namespace {

ToolCallRecord echoCall()
{
    ToolCallRecord call;
    call.callId = QStringLiteral("call_1");
    call.functionName = QStringLiteral("files__read_file");
    call.server = QStringLiteral("files");
    call.tool = QStringLiteral("read_file");
    call.arguments = QStringLiteral(R"({"path":"/tmp/notes.txt"})");
    call.state = ToolCallRecord::State::Done;
    call.resultText = QStringLiteral("Buy milk\n```\nnot markdown```");
    call.links = {{QStringLiteral("file:///tmp/notes.txt"), QStringLiteral("notes.txt")}};
    call.startedAt = QDateTime(QDate(2026, 12, 7), QTime(4, 0), Qt::UTC);
    call.durationMs = 42;
    return call;
}

} // namespace

TEST_CASE("An answer's tool calls survive the store, a JSON export and an import")
{
    test::TestStore original;
    const Session chat = original.newSession(QStringLiteral("Notes"));
    original.addMessage(chat.id, MessageRole::User, QStringLiteral("What is in my notes?"));
    NewMessage answer;
    answer.sessionId = chat.id;
    answer.role = MessageRole::Assistant;
    answer.content = QStringLiteral("Your notes say: buy milk.");
    ToolCallRecord denied = echoCall();
    denied.callId = QStringLiteral("call_2");
    denied.state = ToolCallRecord::State::Denied;
    denied.resultText.clear();
    denied.error = QStringLiteral("The user denied it.");
    denied.durationMs = 0;
    answer.metadata.toolCalls = {echoCall(), denied};
    const auto created = original->messages()->create(answer);
    REQUIRE(created);
    CHECK(original->messages()->get(created->id)->metadata.toolCalls == answer.metadata.toolCalls);

    const QString file = original.folder() + QStringLiteral("/export.json");
    REQUIRE(HistoryExporter(original.store()).exportJson({}, file));
    test::TestStore restored;
    HistoryImporter importer(restored.store());
    REQUIRE(importer.importJson(file));
    const QList<Message> messages = restored->messages()->page(importer.importedSessions().first(), 0, 10);
    REQUIRE(messages.size() == 2);
    CHECK(messages[1].metadata.toolCalls == answer.metadata.toolCalls);

    const QString markdown = original.folder() + QStringLiteral("/chat.md");
    REQUIRE(HistoryExporter(original.store()).exportSessionMarkdown(chat.id, markdown));
    QFile written(markdown);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    CHECK(text.contains(QStringLiteral("Tool read_file of files (done, 42 ms):")));
    // The result's own fence cannot close the block it is shown in.
    CHECK(text.contains(QStringLiteral("````\nBuy milk")));
    CHECK(text.contains(QStringLiteral("Tool read_file of files (denied, 0 ms):")));
}

TEST_CASE("Tool-call records from outside are capped and checked")
{
    QJsonArray hostile;
    hostile.append(QJsonObject{
        {QStringLiteral("state"), QStringLiteral("pwned")},
        {QStringLiteral("tool"), QString(10'000, u'x')},
        {QStringLiteral("result"), QString(ToolCallRecord::MaxResultChars + 5, u'r')},
        {QStringLiteral("images"), QJsonArray{QStringLiteral("../../etc/passwd"), QString(64, u'a')}},
        {QStringLiteral("links"),
         QJsonArray{QJsonObject{{QStringLiteral("uri"), QStringLiteral("not a uri")}},
                    QJsonObject{{QStringLiteral("uri"), QStringLiteral("https://example.org/x")}}}},
        {QStringLiteral("duration_ms"), -5}});
    hostile.append(QStringLiteral("not an object"));
    for (int i = 0; i < 1000; ++i)
        hostile.append(QJsonObject{{QStringLiteral("state"), QStringLiteral("done")}});
    const QList<ToolCallRecord> calls = toolCallsFromJson(hostile);
    REQUIRE(calls.size() == 256);
    const ToolCallRecord &first = calls.first();
    CHECK(first.state == ToolCallRecord::State::Failed);
    CHECK(first.tool.size() == 256);
    CHECK(first.resultText.size() == ToolCallRecord::MaxResultChars);
    CHECK(first.truncated);
    CHECK(first.imageHashes == QStringList{QString(64, u'a')});
    REQUIRE(first.links.size() == 1);
    CHECK(first.links.first().uri == QStringLiteral("https://example.org/x"));
    CHECK(first.durationMs == 0);
}
