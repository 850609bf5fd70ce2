// A chat's MCP server asks the user for input while a tool runs: McpConnections hands the form to the
// elicitor the front end set (a scripted user here), with the server's name, and the user's answer reaches
// the server, which puts it in the tool result the model reads. Against our stdio test server as a
// 2025-11-25 server (elicitation/create request) and as a 2026-07-28 one (InputRequiredResult and a retry).
#include "EngineHarness.h"
#include "Wait.h"
#include "catch.h"
#include "mcp/ElicitationForm.h"
#include "mcp/McpConnections.h"
#include "mcp/McpElicitor.h"
#include "mcp/McpServerList.h"
#include "mcp/ToolApprover.h"

using namespace confab;
using confab::test::EngineHarness;

namespace {

class AllowAll : public ToolApprover
{
public:
    void ask(const ToolApprovalRequest &, Answer answer) override { answer(McpDecision::AllowOnce); }
    void cancel(quint64) override {}
};

class ScriptedForm : public McpElicitor
{
public:
    QList<McpElicitationRequest> asked;
    QJsonObject reply;

    void ask(const McpElicitationRequest &request, Answer answer) override
    {
        asked.append(request);
        answer(reply);
    }
};

QString askInChat(EngineHarness &h, const QString &mode)
{
    McpServerConfig config;
    config.name = QStringLiteral("forms");
    config.command = QStringLiteral(CONFAB_MCP_TEST_SERVER);
    config.arguments = {mode};
    h.backend.mcp()->serverList().save(config);
    TurnRequest request = h.text(QStringLiteral("Ask me. [call:forms__ask]{}[/call]"));
    request.toolServers = {QStringLiteral("forms")};
    const SendOutcome sent = h.sendAndWait(request, 30000);
    REQUIRE(sent.accepted);
    const Message answer = h.message(sent.assistantMessageId);
    REQUIRE(answer.metadata.toolCalls.size() == 1);
    return answer.metadata.toolCalls.first().resultText;
}

} // namespace

TEST_CASE("A chat's server asking for input gets the user's form answer, in both revisions")
{
    for (const char *mode : {"well", "modern"}) {
        INFO(mode);
        EngineHarness h;
        AllowAll approver;
        h.engine.setToolApprover(&approver);
        ScriptedForm user;
        user.reply =
            elicitationResult(ElicitationAction::Accept, {{QStringLiteral("name"), QStringLiteral("Grace")}});
        h.backend.mcp()->setElicitor(&user);

        const QString result = askInChat(h, QString::fromLatin1(mode));
        REQUIRE(user.asked.size() == 1);
        CHECK(user.asked.first().server == QStringLiteral("forms"));
        CHECK(user.asked.first().message == QStringLiteral("Your name?"));
        CHECK(user.asked.first()
                  .requestedSchema.value(QStringLiteral("properties"))
                  .toObject()
                  .contains("name"));
        CHECK(result == (QLatin1String(mode) == QLatin1String("modern")
                             ? QStringLiteral("round trip accept:Grace")
                             : QStringLiteral("accept:Grace")));
        h.backend.mcp()->setElicitor(nullptr);
    }
}

TEST_CASE("A chat's server asking for input is declined when the user declines, or nobody can be asked")
{
    EngineHarness h;
    AllowAll approver;
    h.engine.setToolApprover(&approver);
    ScriptedForm user;
    user.reply = elicitationResult(ElicitationAction::Decline);
    h.backend.mcp()->setElicitor(&user);
    CHECK(askInChat(h, QStringLiteral("well")) == QStringLiteral("decline:"));
    CHECK(user.asked.size() == 1);

    h.backend.mcp()->setElicitor(nullptr);
    CHECK(askInChat(h, QStringLiteral("well")) == QStringLiteral("decline:"));
    CHECK(user.asked.size() == 1);
}
