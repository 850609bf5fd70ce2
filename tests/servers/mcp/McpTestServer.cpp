// A stdio MCP server for the tests, with behaviours a real server may show: well-behaved (paged tools/list,
// progress, elicitation, a request Confab does not support, an image) and hostile (garbage on stdout, a 100
// MB answer, no answer, exit mid-call, answers to ids never asked, a child process left running). The first
// argument picks the behaviour for tools/call; everything else is answered properly. Message shapes follow
// the 2025-11-25 schema (schema/2025-11-25/schema.ts in the specification repository).
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <poll.h>
#include <signal.h>
#include <string>
#include <time.h>
#include <unistd.h>

namespace {

std::string g_mode;
std::string g_buffer;

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

QJsonObject result(const QJsonValue &id, const QJsonObject &value)
{
    return {{"jsonrpc", "2.0"}, {"id", id}, {"result", value}};
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
        pollfd fd{STDIN_FILENO, POLLIN, 0};
        const int ready = ::poll(&fd, 1, timeoutMs);
        if (ready == 0)
            return false;
        char chunk[65536];
        const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (got <= 0) {
            std::cerr << "stdin closed, exiting" << std::endl;
            std::exit(0);
        }
        g_buffer.append(chunk, size_t(got));
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
        timespec now{};
        ::clock_gettime(CLOCK_MONOTONIC, &now);
        writeLine(result(id, textResult(QString::number(qint64(now.tv_sec) * 1000000000 + now.tv_nsec))));
    } else if (name == "echo") {
        writeLine(result(id, textResult(arguments.value("text").toString())));
    } else if (name == "slow") {
        slow(id, params);
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

int main(int argc, char **argv)
{
    g_mode = argc > 1 ? argv[1] : "well";
    ::signal(SIGPIPE, SIG_IGN);
    if (g_mode == "spawn-child") {
        // A grandchild that outlives us unless the whole process group is ended.
        const pid_t child = ::fork();
        if (child == 0) {
            ::execlp("sleep", "sleep", "300", nullptr);
            std::_Exit(1);
        }
        std::cerr << "child pid " << child << std::endl;
    }
    std::cerr << "mcp test server up in mode " << g_mode << std::endl;

    while (true) {
        bool timedOut = false;
        const QJsonObject message = readMessage(-1, &timedOut);
        const QString method = message.value("method").toString();
        const QJsonValue id = message.value("id");
        const QJsonObject params = message.value("params").toObject();
        if (method == "initialize" && g_mode == "mute") {
            continue;
        } else if (method == "initialize") {
            writeLine(result(
                id, QJsonObject{{"protocolVersion", "2025-11-25"},
                                {"capabilities", QJsonObject{{"tools", QJsonObject{{"listChanged", true}}}}},
                                {"serverInfo",
                                 QJsonObject{{"name", "confab-mcp-test-server"}, {"version", "1.0"}}}}));
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
