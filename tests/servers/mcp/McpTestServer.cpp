// A stdio MCP server for the tests, with behaviours a real server may show: well-behaved (paged tools/list,
// progress, elicitation, a request Confab does not support, an image) and hostile (garbage on stdout, a 100
// MB answer, no answer, exit mid-call, answers to ids never asked, a child process left running). The first
// argument picks the behaviour for tools/call; everything else is answered properly. Message shapes follow
// the 2025-11-25 schema (schema/2025-11-25/schema.ts in the specification repository).
//
// By default it is a legacy (2025-11-25) server: server/discover is an unknown method (-32601), as it is to
// every server written before 2026-07-28. The modes "modern", "modern-future" and "mute-discover" are about
// the 2026-07-28 revision (schema/2026-07-28/schema.ts and its examples/, named where a shape is copied):
//   modern         speaks only 2026-07-28: answers server/discover, refuses initialize, wants the _meta of
//                  2026-07-28 on every request, asks for the "ask" tool's input by an
//                  InputRequiredResult, and tells of tool-list changes only on a subscriptions/listen stream
//                  (basic/patterns/subscriptions): the tool "add_tool" adds the tool "added" and says so on
//                  it, "end_listen" ends the stream as a server shutting down would (its completion result);
//                  a cancelled stream is noted on stderr;
//   modern-future  a modern server that speaks no revision Confab knows (UnsupportedProtocolVersionError);
//   mute-discover  a legacy server that never answers a request before initialize.
#include "StdioPlatform.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>

namespace {

std::string g_mode;
std::string g_buffer;
bool g_modern = false;
// The open subscriptions/listen of a modern server (undefined when none), and whether "add_tool" was called.
QJsonValue g_listenId = QJsonValue::Undefined;
bool g_toolAdded = false;
const char *const ModernVersion = "2026-07-28";
const char *const SubscriptionId = "io.modelcontextprotocol/subscriptionId";

void writeLine(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void writeRaw(const char *text)
{
    std::fputs(text, stdout);
    std::fflush(stdout);
}

QJsonObject result(const QJsonValue &id, QJsonObject value)
{
    // 2026-07-28: every result says its resultType (examples/CallToolResultResponse).
    if (g_modern && !value.contains("resultType"))
        value.insert("resultType", "complete");
    return {{"jsonrpc", "2.0"}, {"id", id}, {"result", value}};
}

QJsonObject error(const QJsonValue &id, int code, const QString &message, const QJsonValue &data = {})
{
    QJsonObject object{{"code", code}, {"message", message}};
    if (!data.isNull())
        object.insert("data", data);
    return {{"jsonrpc", "2.0"}, {"id", id}, {"error", object}};
}

QJsonObject textResult(const QString &text, bool isError = false)
{
    QJsonObject object{{"content", QJsonArray{QJsonObject{{"type", "text"}, {"text", text}}}}};
    if (isError)
        object.insert("isError", true);
    return object;
}

// Next line from stdin, waiting at most timeoutMs (-1: forever). Empty optional on timeout; exits on EOF.
bool readLine(std::string &line, int timeoutMs)
{
    while (true) {
        const auto newline = g_buffer.find('\n');
        if (newline != std::string::npos) {
            line = g_buffer.substr(0, newline);
            g_buffer.erase(0, newline + 1);
            return true;
        }
        if (!confab::testserver::stdio::readMore(g_buffer, timeoutMs))
            return false;
    }
}

QJsonObject readMessage(int timeoutMs, bool *timedOut)
{
    std::string line;
    *timedOut = !readLine(line, timeoutMs);
    if (*timedOut)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
}

QJsonArray tools(int page)
{
    const auto tool = [](const char *name, const char *description) {
        return QJsonObject{{"name", name},
                           {"description", description},
                           {"inputSchema", QJsonObject{{"type", "object"}, {"properties", QJsonObject{}}}}};
    };
    if (page == 0)
        return {tool("echo", "Echoes its text argument"), tool("slow", "Reports progress for two seconds")};
    return {tool("ask", "Asks the user for a name"), tool("sample", "Asks the client for a sampling call"),
            tool("picture", "Returns a 1x1 PNG and a link"),
            tool("stamp", "Returns when it read the request, on CLOCK_MONOTONIC in nanoseconds")};
}

// Waits for the answer to our own request, handling pings meanwhile.
QJsonObject awaitAnswer(const QJsonValue &id)
{
    while (true) {
        bool timedOut = false;
        const QJsonObject message = readMessage(10000, &timedOut);
        if (timedOut)
            return {};
        if (message.value("id") == id && !message.contains("method"))
            return message;
    }
}

void slow(const QJsonValue &id, const QJsonObject &params)
{
    const QJsonValue token = params.value("_meta").toObject().value("progressToken");
    for (int step = 1; step <= 20; ++step) {
        bool timedOut = false;
        const QJsonObject message = readMessage(100, &timedOut);
        if (!timedOut && message.value("method") == "notifications/cancelled") {
            std::cerr << "cancelled request " << message.value("params").toObject().value("requestId").toInt()
                      << std::endl;
            return;
        }
        if (!token.isUndefined())
            writeLine({{"jsonrpc", "2.0"},
                       {"method", "notifications/progress"},
                       {"params", QJsonObject{{"progressToken", token},
                                              {"progress", step},
                                              {"total", 20},
                                              {"message", QString("step %1").arg(step)}}}});
    }
    writeLine(result(id, textResult("slow done")));
}

// 2026-07-28's multi round-trip: the first call gets an InputRequiredResult with an elicitation and a
// requestState (examples/InputRequiredResult/input-required-result-with-elicitation-and-sampling-and-request-
// state.json, less the sampling request Confab does not declare), the retry brings inputResponses
// (examples/InputResponses) and the same requestState.
void askByInputRequired(const QJsonValue &id, const QJsonObject &params)
{
    const QJsonObject meta = params.value("_meta").toObject();
    if (!meta.value("io.modelcontextprotocol/clientCapabilities").toObject().contains("elicitation")) {
        // examples/MissingRequiredClientCapabilityError/missing-elicitation-capability.json
        writeLine(error(id, -32021, "Missing required client capability",
                        QJsonObject{{"requiredCapabilities", QJsonObject{{"elicitation", QJsonObject{}}}}}));
        return;
    }
    if (!params.contains("inputResponses")) {
        writeLine(result(
            id,
            QJsonObject{
                {"resultType", "input_required"},
                {"inputRequests",
                 QJsonObject{
                     {"your_name",
                      QJsonObject{
                          {"method", "elicitation/create"},
                          {"params",
                           QJsonObject{{"mode", "form"},
                                       {"message", "Your name?"},
                                       {"requestedSchema",
                                        QJsonObject{{"type", "object"},
                                                    {"properties",
                                                     QJsonObject{{"name", QJsonObject{{"type", "string"}}}}},
                                                    {"required", QJsonArray{"name"}}}}}}}}}},
                {"requestState", "opaque-state-1"}}));
        return;
    }
    if (params.value("requestState") != "opaque-state-1") {
        writeLine(result(id, textResult("requestState not echoed", true)));
        return;
    }
    const QJsonObject answer = params.value("inputResponses").toObject().value("your_name").toObject();
    writeLine(result(id, textResult("round trip " + answer.value("action").toString() + ":" +
                                    answer.value("content").toObject().value("name").toString())));
}

void callTool(const QJsonValue &id, const QJsonObject &params)
{
    const QString name = params.value("name").toString();
    const QJsonObject arguments = params.value("arguments").toObject();

    if (g_mode == "silent")
        return;
    if (g_mode == "exit") {
        std::cerr << "exiting mid-call" << std::endl;
        std::_Exit(3);
    }
    if (g_mode == "huge") {
        // 100 MB of text in one line, written in pieces as a real server would stream it.
        writeRaw(R"({"jsonrpc":"2.0","id":)");
        writeRaw(QByteArray::number(id.toInteger()).constData());
        writeRaw(R"(,"result":{"content":[{"type":"text","text":")");
        const std::string block(1 << 20, 'x');
        for (int i = 0; i < 100; ++i)
            std::fwrite(block.data(), 1, block.size(), stdout);
        writeRaw("\"}]}}\n");
        return;
    }
    if (g_mode == "unknown-ids") {
        writeLine(result(QJsonValue(id.toInteger() + 1000), textResult("not yours")));
        writeLine(result(QJsonValue("no-such-id"), textResult("not yours either")));
    }
    if (g_mode == "garbage")
        writeRaw("this is not JSON\n{\"jsonrpc\":\"1.0\"}\n[1,2,3]\n\x01\x02\xff\n");

    if (name == "stamp") {
        // When the request was read, on the clock every process shares: for bench/mcp's latency figure.
        writeLine(result(id, textResult(QString::number(confab::testserver::stdio::monotonicNanoseconds()))));
    } else if (name == "echo") {
        writeLine(result(id, textResult(arguments.value("text").toString())));
    } else if (name == "slow") {
        slow(id, params);
    } else if (name == "ask" && g_modern) {
        askByInputRequired(id, params);
    } else if (name == "add_tool" && g_modern) {
        g_toolAdded = true;
        // examples/ToolListChangedNotification, on the stream: _meta names the subscription.
        if (!g_listenId.isUndefined())
            writeLine({{"jsonrpc", "2.0"},
                       {"method", "notifications/tools/list_changed"},
                       {"params", QJsonObject{{"_meta", QJsonObject{{SubscriptionId, g_listenId}}}}}});
        writeLine(result(id, textResult(g_listenId.isUndefined() ? "added, nobody listening" : "added")));
    } else if (name == "end_listen" && g_modern) {
        // examples/SubscriptionsListenResultResponse/listen-closed-response.json
        if (!g_listenId.isUndefined())
            writeLine(result(g_listenId, QJsonObject{{"_meta", QJsonObject{{SubscriptionId, g_listenId}}}}));
        g_listenId = QJsonValue::Undefined;
        writeLine(result(id, textResult("ended")));
    } else if (name == "meta") {
        // What the request carried in _meta, for the tests to look at.
        writeLine(
            result(id, textResult(QString::fromUtf8(
                           QJsonDocument(params.value("_meta").toObject()).toJson(QJsonDocument::Compact)))));
    } else if (name == "ask") {
        const QJsonValue askId("server-ask-1");
        writeLine({{"jsonrpc", "2.0"},
                   {"id", askId},
                   {"method", "elicitation/create"},
                   {"params",
                    QJsonObject{{"message", "Your name?"},
                                {"requestedSchema",
                                 QJsonObject{{"type", "object"},
                                             {"properties",
                                              QJsonObject{{"name", QJsonObject{{"type", "string"},
                                                                               {"default", "Ada"}}}}}}}}}});
        const QJsonObject answer = awaitAnswer(askId);
        const QJsonObject elicit = answer.value("result").toObject();
        writeLine(result(id, textResult(elicit.value("action").toString() + ":" +
                                        elicit.value("content").toObject().value("name").toString())));
    } else if (name == "sample") {
        const QJsonValue askId(77);
        writeLine({{"jsonrpc", "2.0"},
                   {"id", askId},
                   {"method", "sampling/createMessage"},
                   {"params", QJsonObject{}}});
        const QJsonObject answer = awaitAnswer(askId);
        writeLine(result(
            id, textResult(QString("error %1").arg(answer.value("error").toObject().value("code").toInt()))));
    } else if (name == "picture") {
        static const char png[] = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8"
                                  "jx0gAAAABJRU5ErkJggg==";
        writeLine(result(
            id,
            QJsonObject{
                {"content",
                 QJsonArray{QJsonObject{{"type", "image"}, {"data", png}, {"mimeType", "image/png"}},
                            QJsonObject{
                                {"type", "resource_link"}, {"uri", "file:///tmp/a.txt"}, {"name", "a.txt"}}}},
                {"structuredContent", QJsonObject{{"width", 1}}}}));
    } else {
        writeLine(result(id, textResult("Unknown tool " + name, true)));
    }
}

} // namespace

// A request to a modern server: answered when its _meta is that of 2026-07-28; true when it was handled here.
bool modernRequest(const QJsonValue &id, const QString &method, const QJsonObject &params)
{
    const QJsonObject meta = params.value("_meta").toObject();
    const QString version = meta.value("io.modelcontextprotocol/protocolVersion").toString();
    if (g_mode == "modern-future" || version != ModernVersion) {
        // examples/UnsupportedProtocolVersionError/unsupported-version.json
        const QString supported = g_mode == "modern-future" ? "2099-01-01" : ModernVersion;
        writeLine(error(id, -32022, "Unsupported protocol version",
                        QJsonObject{{"supported", QJsonArray{supported}}, {"requested", version}}));
        return true;
    }
    if (!meta.value("io.modelcontextprotocol/clientCapabilities").isObject()) {
        writeLine(error(id, -32602, "io.modelcontextprotocol/clientCapabilities is required"));
        return true;
    }
    if (method == "server/discover") {
        // examples/DiscoverResultResponse/discover-result-response.json
        writeLine(result(
            id, QJsonObject{{"supportedVersions", QJsonArray{ModernVersion}},
                            {"capabilities", QJsonObject{{"tools", QJsonObject{{"listChanged", true}}}}},
                            {"_meta", QJsonObject{{"io.modelcontextprotocol/serverInfo",
                                                   QJsonObject{{"name", "confab-mcp-test-server-2026"},
                                                               {"version", "2.0"}}}}},
                            {"instructions", "Test tools for Confab."},
                            {"ttlMs", 3600000},
                            {"cacheScope", "public"}}));
        return true;
    }
    if (method == "tools/list") {
        // examples/ListToolsResultResponse/list-tools-result-response.json: tools, nextCursor, ttlMs,
        // cacheScope
        const bool second = params.value("cursor").toString() == "page-2";
        QJsonArray list = tools(second ? 1 : 0);
        if (second)
            list.append(QJsonObject{{"name", "meta"},
                                    {"description", "Shows the request's _meta"},
                                    {"inputSchema", QJsonObject{{"type", "object"}}}});
        if (second && g_toolAdded)
            list.append(QJsonObject{{"name", "added"},
                                    {"description", "Added by add_tool"},
                                    {"inputSchema", QJsonObject{{"type", "object"}}}});
        QJsonObject page{{"tools", list}, {"ttlMs", 60000}, {"cacheScope", "private"}};
        if (!second)
            page.insert("nextCursor", "page-2");
        writeLine(result(id, page));
        return true;
    }
    if (method == "subscriptions/listen") {
        // One stream at a time; the acknowledgment comes first and names the subscription by the request's id
        // (examples/SubscriptionsAcknowledgedNotification).
        const bool tools = params.value("notifications").toObject().value("toolsListChanged").toBool();
        g_listenId = id;
        std::cerr << "listening on " << id.toInteger() << std::endl;
        writeLine({{"jsonrpc", "2.0"},
                   {"method", "notifications/subscriptions/acknowledged"},
                   {"params", QJsonObject{{"_meta", QJsonObject{{SubscriptionId, id}}},
                                          {"notifications", QJsonObject{{"toolsListChanged", tools}}}}}});
        return true;
    }
    return false;
}

int main(int argc, char **argv)
{
    g_mode = argc > 1 ? argv[1] : "well";
    g_modern = g_mode.rfind("modern", 0) == 0;
    if (g_mode == "sleep-long") {
        confab::testserver::stdio::sleepLong();
        return 0;
    }
    confab::testserver::stdio::prepare();
    if (g_mode == "spawn-child") {
        // A grandchild that outlives us unless the whole process group (job, on Windows) is ended.
        std::cerr << "child pid " << confab::testserver::stdio::startLongLivedChild(argv[0]) << std::endl;
    }
    std::cerr << "mcp test server up in mode " << g_mode << std::endl;

    while (true) {
        bool timedOut = false;
        const QJsonObject message = readMessage(-1, &timedOut);
        const QString method = message.value("method").toString();
        const QJsonValue id = message.value("id");
        const QJsonObject params = message.value("params").toObject();
        if (g_modern && method == "initialize") {
            // A modern-only server names what it speaks in its refusal (2026-07-28 basic/versioning).
            writeLine(
                error(id, -32601, "This server speaks only MCP 2026-07-28; initialize is not part of it"));
        } else if (g_modern && message.contains("id") && !method.isEmpty() &&
                   modernRequest(id, method, params)) {
            continue;
        } else if (method == "server/discover" && g_mode == "mute-discover") {
            std::cerr << "ignored server/discover" << std::endl;
        } else if (method == "initialize" && g_mode == "mute") {
            continue;
        } else if (method == "initialize") {
            writeLine(result(
                id, QJsonObject{{"protocolVersion", "2025-11-25"},
                                {"capabilities", QJsonObject{{"tools", QJsonObject{{"listChanged", true}}}}},
                                {"serverInfo",
                                 QJsonObject{{"name", "confab-mcp-test-server"}, {"version", "1.0"}}}}));
        } else if (g_modern && method == "notifications/cancelled") {
            const QJsonValue cancelled = params.value("requestId");
            if (!g_listenId.isUndefined() && cancelled == g_listenId) {
                std::cerr << "listen cancelled " << cancelled.toInteger() << std::endl;
                g_listenId = QJsonValue::Undefined;
            }
        } else if (method == "notifications/initialized") {
            writeLine({{"jsonrpc", "2.0"}, {"id", "server-ping"}, {"method", "ping"}});
        } else if (method == "tools/list") {
            const bool second = params.value("cursor").toString() == "page-2";
            QJsonObject page{{"tools", tools(second ? 1 : 0)}};
            if (!second)
                page.insert("nextCursor", "page-2");
            writeLine(result(id, page));
            if (second)
                writeLine({{"jsonrpc", "2.0"}, {"method", "notifications/tools/list_changed"}});
        } else if (method == "tools/call") {
            callTool(id, params);
        } else if (method == "ping") {
            writeLine(result(id, {}));
        } else if (!message.contains("method") && message.value("id") == QJsonValue("server-ping")) {
            std::cerr << "client answered ping" << std::endl;
        } else if (message.contains("id") && !method.isEmpty()) {
            writeLine({{"jsonrpc", "2.0"},
                       {"id", id},
                       {"error", QJsonObject{{"code", -32601}, {"message", "Method not found"}}}});
        }
    }
}
