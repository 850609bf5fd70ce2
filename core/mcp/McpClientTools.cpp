// McpClient's tools: tools/list with its pages, and tools/call, which a 2026-07-28 server may answer with an
// InputRequiredResult (specification/2026-07-28/basic/patterns/mrtr): the client gathers what it asks for
// (elicitation forms; nothing else is declared, so nothing else may come) and retries the call with
// inputResponses and the untouched requestState, under a new id each time.
#include "mcp/McpClient.h"
#include "mcp/McpLog.h"
#include "mcp/McpRevision.h"
#include "mcp/McpTransport.h"

#include <QJsonArray>

namespace confab {

struct McpClient::InputRound
{
    QString method;
    QJsonObject params;  // as the caller gave them
    QJsonObject answers; // inputResponses and requestState of the next retry
    ResultHandler handler;
    ProgressHandler progress;
    int timeoutMs = -1;
    QJsonValue handle{QJsonValue::Undefined}; // the id callTool() returned
    QJsonValue current;                       // the request out now; null while the user answers
    int rounds = 0;
    bool cancelled = false;
};

namespace {

// A server that keeps asking would loop for ever; no real interaction needs this many rounds.
constexpr int MaxInputRounds = 8;

} // namespace

void McpClient::listTools(ToolsHandler handler)
{
    m_paramHeaders.clear();
    listToolsPage({}, {},
                  [this, handler = std::move(handler)](const QList<McpTool> &tools, const QString &error) {
                      if (error.isEmpty())
                          listenForToolChanges();
                      handler(tools, error);
                  });
}

void McpClient::listToolsPage(const QString &cursor, QList<McpTool> tools, ToolsHandler handler)
{
    // A server whose cursors never end would page forever; this many tools is more than any model takes.
    constexpr int MaxTools = 2000;
    QJsonObject params;
    if (!cursor.isEmpty())
        params.insert(QStringLiteral("cursor"), cursor);
    request(QStringLiteral("tools/list"), params,
            [this, tools = std::move(tools), handler = std::move(handler)](const QJsonValue &result,
                                                                           const QString &error) mutable {
                if (!error.isEmpty()) {
                    handler({}, error);
                    return;
                }
                const QJsonObject object = result.toObject();
                for (const QJsonValue &value : object.value(QLatin1String("tools")).toArray()) {
                    McpTool tool = McpTool::fromJson(value.toObject());
                    if (tool.name.isEmpty() || !acceptParamHeaders(tool))
                        continue;
                    tools.append(std::move(tool));
                }
                const QString next = object.value(QLatin1String("nextCursor")).toString();
                if (next.isEmpty() || tools.size() >= MaxTools) {
                    handler(tools, {});
                    return;
                }
                listToolsPage(next, std::move(tools), std::move(handler));
            });
}

bool McpClient::acceptParamHeaders(const McpTool &tool)
{
    if (!m_modern || !m_transport->mirrorsHeaders())
        return true;
    QList<McpParamHeader> headers;
    QString problem;
    if (!readMcpParamHeaders(tool.inputSchema, &headers, &problem)) {
        // streamable-http "Custom Headers from Tool Parameters": such a tool is left out, the others stay.
        qCWarning(lcMcp).noquote() << "Left out the tool" << tool.name << "of" << m_serverName << "-"
                                   << problem;
        return false;
    }
    if (!headers.isEmpty())
        m_paramHeaders.insert(tool.name, headers);
    return true;
}

QJsonValue McpClient::callTool(const QString &name, const QJsonObject &arguments, ToolResultHandler handler,
                               ProgressHandler progress, int timeoutMs)
{
    ResultHandler toResult = [handler = std::move(handler)](const QJsonValue &result, const QString &error) {
        if (!error.isEmpty()) {
            handler({}, error);
            return;
        }
        handler(McpToolResult::fromJson(result.toObject()), {});
    };
    const QJsonObject params{{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}};
    if (!m_modern)
        return request(QStringLiteral("tools/call"), params, std::move(toResult), timeoutMs,
                       std::move(progress));
    auto round = std::make_shared<InputRound>();
    round->method = QStringLiteral("tools/call");
    round->params = params;
    round->handler = std::move(toResult);
    round->progress = std::move(progress);
    round->timeoutMs = timeoutMs;
    sendInputRound(round);
    return round->handle;
}

void McpClient::sendInputRound(std::shared_ptr<InputRound> round)
{
    QJsonObject params = round->params;
    for (auto it = round->answers.begin(); it != round->answers.end(); ++it)
        params.insert(it.key(), it.value());
    round->current = sendRequest(
        round->method, params,
        [this, round](const QJsonValue &result, const RequestError &error) {
            round->current = QJsonValue();
            if (error.message.isEmpty() && isInputRequiredResult(result.toObject()) && !round->cancelled) {
                answerInputRequests(round, result.toObject());
                return;
            }
            m_inputRounds.remove(jsonRpcIdKey(round->handle));
            round->handler(result, error.message);
        },
        round->timeoutMs, round->progress, m_protocolVersion);
    if (round->handle.isUndefined()) {
        round->handle = round->current;
        m_inputRounds.insert(jsonRpcIdKey(round->handle), round);
    }
}

void McpClient::answerInputRequests(std::shared_ptr<InputRound> round, const QJsonObject &result)
{
    const auto finishWith = [this, round](const QString &error) {
        m_inputRounds.remove(jsonRpcIdKey(round->handle));
        round->handler({}, error);
    };
    if (++round->rounds > MaxInputRounds) {
        finishWith(tr("The server kept asking for more input; the call was given up"));
        return;
    }
    round->answers = {};
    const QJsonValue state = result.value(QLatin1String("requestState"));
    if (state.isString())
        round->answers.insert(QStringLiteral("requestState"), state);
    const QJsonObject requests = result.value(QLatin1String("inputRequests")).toObject();
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        const QJsonObject request = it.value().toObject();
        const QString method = request.value(QLatin1String("method")).toString();
        const QString mode = request.value(QLatin1String("params"))
                                 .toObject()
                                 .value(QLatin1String("mode"))
                                 .toString(QStringLiteral("form"));
        if (method != QLatin1String("elicitation/create") || mode != QLatin1String("form") ||
            !m_elicitation) {
            finishWith(tr("The server asked for %1, which Confab does not support").arg(method));
            return;
        }
    }
    if (requests.isEmpty()) {
        sendInputRound(round);
        return;
    }
    auto remaining = std::make_shared<int>(int(requests.size()));
    auto responses = std::make_shared<QJsonObject>();
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        const QJsonObject params = it.value().toObject().value(QLatin1String("params")).toObject();
        m_elicitation(params, [this, guard = QPointer(this), round, remaining, responses,
                               key = it.key()](const QJsonObject &answer) {
            if (!guard || round->cancelled)
                return;
            responses->insert(key, answer);
            if (--*remaining > 0)
                return;
            round->answers.insert(QStringLiteral("inputResponses"), *responses);
            sendInputRound(round);
        });
    }
}

void McpClient::cancelInputRound(const std::shared_ptr<InputRound> &round, const QString &reason)
{
    round->cancelled = true;
    if (!round->current.isUndefined() && !round->current.isNull()) {
        const QJsonValue current = round->current;
        cancelPending(current, reason);
        finish(jsonRpcIdKey(current), {}, {tr("Cancelled")});
        return;
    }
    round->handler({}, tr("Cancelled"));
}

} // namespace confab
