#include "EngineHarness.h"
#include "catch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace confab;
using confab::test::EngineHarness;

TEST_CASE("Auto mode runs the model's image tool call through fal and gives the result back to the model")
{
    EngineHarness h;
    testserver::Scenario tools;
    REQUIRE(testserver::Scenario::fromName(QStringLiteral("tools-whole"), &tools));
    h.openRouterServer.enqueue(tools);
    TurnRequest request;
    request.mode = GenerationMode::Auto;
    request.prompt = QStringLiteral("Draw me a lighthouse, then describe it");
    const SendOutcome sent = h.sendAndWait(request, 30000);
    REQUIRE(sent.accepted);

    const QList<testserver::HttpRequest> chats = h.openRouterServer.chatRequests();
    REQUIRE(chats.size() == 2);
    const QJsonObject first = QJsonDocument::fromJson(chats[0].body).object();
    QStringList toolNames;
    for (const QJsonValue &tool : first.value(QStringLiteral("tools")).toArray())
        toolNames << tool.toObject()
                         .value(QStringLiteral("function"))
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString();
    CHECK(toolNames == QStringList{QStringLiteral("generate_image"), QStringLiteral("edit_image")});

    // The second call carries the assistant's tool calls and one tool result per call.
    const QJsonArray second =
        QJsonDocument::fromJson(chats[1].body).object().value(QStringLiteral("messages")).toArray();
    int toolResults = 0;
    for (const QJsonValue &m : second)
        toolResults += m.toObject().value(QStringLiteral("role")).toString() == QStringLiteral("tool");
    CHECK(toolResults == 2);

    const Message answer = h.message(sent.assistantMessageId);
    CHECK(answer.status == MessageStatus::Completed);
    CHECK(answer.images.size() == 2);
    CHECK(answer.content.contains(h.openRouterServer.lastAnswerText()));

    QList<GenerationKind> kinds;
    for (const Generation &call : h.generations(sent.assistantMessageId))
        kinds << call.kind;
    CHECK(kinds.count(GenerationKind::Chat) == 2);
    CHECK(kinds.count(GenerationKind::TextToImage) == 2);
}
