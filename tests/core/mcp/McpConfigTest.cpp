#include "mcp/McpApprovals.h"
#include "mcp/McpServerImport.h"
#include "mcp/McpServerList.h"
#include "mcp/McpToolNames.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch.h>

using namespace confab;

namespace {

McpTool tool(const QString &name, const QString &description = QStringLiteral("does things"))
{
    McpTool t;
    t.name = name;
    t.description = description;
    t.inputSchema = {{"type", "object"},
                     {"properties", QJsonObject{{"path", QJsonObject{{"type", "string"}}}}}};
    return t;
}

} // namespace

TEST_CASE("Servers are kept in the settings file without their secrets", "[mcp]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath("settings.ini");
    McpServerList list(file);

    McpServerConfig stdio;
    stdio.name = "files";
    stdio.command = "npx";
    stdio.arguments = {"-y", "@modelcontextprotocol/server-filesystem", "/home/me/My Documents"};
    stdio.environmentNames = {"TOKEN"};
    stdio.timeoutSeconds = 90;
    list.save(stdio);

    McpServerConfig http;
    http.name = "remote";
    http.transport = McpServerConfig::Transport::Http;
    http.url = QUrl("https://mcp.example.test/mcp");
    http.headerNames = {"Authorization"};
    http.enabled = false;
    list.save(http);

    const QList<McpServerConfig> servers = McpServerList(file).servers();
    REQUIRE(servers.size() == 2);
    CHECK(servers[0].name == "files");
    CHECK(servers[0].arguments == stdio.arguments);
    CHECK(servers[0].environmentNames == QStringList{"TOKEN"});
    CHECK(servers[0].timeoutSeconds == 90);
    CHECK(servers[1].transport == McpServerConfig::Transport::Http);
    CHECK_FALSE(servers[1].enabled);
    CHECK(servers[1].target() == "https://mcp.example.test/mcp");

    McpServerSecrets secrets;
    secrets.environment.insert("TOKEN", "t0ken");
    CHECK(stdio.processEnvironment(secrets).value("TOKEN") == "t0ken");
    CHECK(McpServerSecrets::fromJson(secrets.toJson()).environment == secrets.environment);

    CHECK(list.remove("files"));
    CHECK_FALSE(list.remove("files"));
    CHECK_FALSE(list.server("files"));
    CHECK(list.server("remote"));
    CHECK_FALSE(McpServerConfig::isValidName("../etc"));
    CHECK_FALSE(McpServerConfig::isValidName(""));
}

TEST_CASE("Claude Desktop's mcpServers JSON is imported, secrets apart, bad entries reported", "[mcp]")
{
    const McpServerImport import = McpServerImport::fromJson(R"({"mcpServers":{
        "fs":{"command":"npx","args":["-y","server-filesystem","/tmp"],"env":{"KEY":"v"}},
        "web":{"type":"streamable-http","url":"https://x.test/mcp","headers":{"Authorization":"Bearer b"}},
        "legacy":{"type":"sse","url":"https://x.test/sse"},
        "bad name":{"command":"x"},
        "nothing":{}}})");
    REQUIRE(import.servers.size() == 2);
    CHECK(import.servers[0].config.name == "fs");
    CHECK(import.servers[0].config.arguments == QStringList{"-y", "server-filesystem", "/tmp"});
    CHECK(import.servers[0].config.environmentNames == QStringList{"KEY"});
    CHECK(import.servers[0].secrets.environment.value("KEY") == "v");
    CHECK(import.servers[1].config.transport == McpServerConfig::Transport::Http);
    CHECK(import.servers[1].secrets.headers.value("Authorization") == "Bearer b");
    CHECK(import.problems.size() == 3);

    CHECK(McpServerImport::fromJson("{").problems.first().startsWith("Not JSON"));
    CHECK(McpServerImport::fromJson(QByteArray(McpServerImport::MaxBytes + 1, ' ')).servers.isEmpty());
}

TEST_CASE("The model sees each tool as one function named server__tool, unique and mapped back", "[mcp]")
{
    McpToolNames names;
    names.addServer("files", {tool("read file"), tool("list")}, {"generate_image"});
    names.addServer("files", {tool("list")});
    REQUIRE(names.size() == 3);
    const QJsonArray definitions = names.definitions();
    CHECK(definitions[0].toObject().value("function").toObject().value("name") == "files__read_file");
    CHECK(definitions[2].toObject().value("function").toObject().value("name") == "files__list_2");
    CHECK(definitions[0].toObject().value("function").toObject().value("description") ==
          "[files] does things");
    CHECK(
        definitions[0].toObject().value("function").toObject().value("parameters").toObject().value("type") ==
        "object");
    REQUIRE(names.target("files__read_file"));
    CHECK(names.target("files__read_file")->tool.name == "read file");
    CHECK_FALSE(names.target("files__nothing"));
    CHECK(McpToolNames::functionName(QString(50, 'a'), QString(50, 'b')).size() == 64);
}

TEST_CASE("Always allow sticks per server and tool until the description or schema changes", "[mcp]")
{
    QTemporaryDir dir;
    McpApprovals approvals(dir.filePath("settings.ini"));
    const McpTool read = tool("read");
    CHECK_FALSE(approvals.isPreApproved("files", read));
    approvals.record("files", read, McpDecision::AllowOnce);
    CHECK_FALSE(approvals.isPreApproved("files", read));
    approvals.record("files", read, McpDecision::AlwaysAllow);
    CHECK(McpApprovals(dir.filePath("settings.ini")).isPreApproved("files", read));
    CHECK_FALSE(approvals.isPreApproved("other", read));
    CHECK_FALSE(approvals.isPreApproved("files", tool("write")));
    // The same tool, now describing itself differently: ask again.
    CHECK_FALSE(approvals.isPreApproved("files", tool("read", "does things, and deletes your files")));

    approvals.setTrusted("other", true);
    CHECK(approvals.isPreApproved("other", tool("anything")));
    approvals.forget("files");
    CHECK_FALSE(approvals.isPreApproved("files", read));
}
