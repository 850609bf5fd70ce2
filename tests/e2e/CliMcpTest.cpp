// `confab mcp` as a user runs it: servers kept in the user's settings, their secrets in the (throw-away)
// keychain and never in the settings file, tools listed from a real server process.
#include "CliHarness.h"
#include "Wait.h"
#include "catch.h"

#include <QFile>
#include <QScopeGuard>

#ifndef Q_OS_WIN
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#endif

using namespace confab;
using confab::test::CliHarness;
using confab::test::CliRun;
using confab::test::waitUntil;

namespace {

struct McpCli
{
    CliHarness h;

    CliRun run(const QStringList &arguments)
    {
        return h.run(QStringList{QStringLiteral("mcp")} + arguments, {}, 60000);
    }

    // The settings file, read whole.
    QByteArray settingsText() const
    {
        QFile file(h.settingsFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

} // namespace

TEST_CASE("confab mcp add, list, tools and remove a stdio server")
{
    McpCli cli;
    CliRun added =
        cli.run({"add", "test", "--env", "TEST_TOKEN=env-s3cret", "--", CONFAB_MCP_TEST_SERVER, "well"});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out == QStringLiteral("Added test: %1 well\n").arg(CONFAB_MCP_TEST_SERVER));

    const CliRun listed = cli.run({"list"});
    CHECK(listed.out == QStringLiteral("test\tstdio\tenabled\t%1 well\n").arg(CONFAB_MCP_TEST_SERVER));
    CHECK(cli.settingsText().contains("TEST_TOKEN"));
    CHECK_FALSE(cli.settingsText().contains("env-s3cret"));

    const CliRun tools = cli.run({"tools", "test"});
    INFO(tools.err.toStdString());
    REQUIRE(tools.exitCode == 0);
    const QStringList lines = tools.out.split('\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    CHECK(lines.first() == "echo\tEchoes its text argument");
    CHECK(lines.last().startsWith("stamp\t"));

    CHECK(cli.run({"remove", "test"}).exitCode == 0);
    CHECK(cli.run({"list"}).out.isEmpty());
    CHECK(cli.run({"tools", "test"}).exitCode == 2);
}

TEST_CASE("confab mcp add --url keeps header values out of the settings file")
{
    McpCli cli;
    const CliRun added = cli.run({"add", "remote", "--url", "https://mcp.example.test/mcp", "--header",
                                  "Authorization: Bearer header-s3cret"});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(cli.run({"list"}).out == "remote\thttp\tenabled\thttps://mcp.example.test/mcp\n");
    CHECK(cli.settingsText().contains("Authorization"));
    CHECK_FALSE(cli.settingsText().contains("header-s3cret"));

    CHECK(cli.run({"add", "bad name!", "--url", "https://x.test"}).exitCode == 2);
    CHECK(cli.run({"add", "noscheme", "--url", "ftp://x.test"}).exitCode == 2);
    CHECK(cli.run({"add", "nocommand"}).exitCode == 2);
}

TEST_CASE("confab mcp import takes Claude Desktop's mcpServers and reports what it cannot take")
{
    McpCli cli;
    const QString path = cli.h.dir.filePath("claude_desktop_config.json");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // The shape Claude Desktop documents for claude_desktop_config.json, with one remote server as Cursor has
    // it.
    file.write(QStringLiteral(R"({"mcpServers": {
        "files": {"command": "%1", "args": ["well"], "env": {"API_KEY": "import-s3cret"}},
        "remote": {"type": "http", "url": "https://mcp.example.test/mcp", "headers": {"X-Key": "import-h3ader"}},
        "old": {"type": "sse", "url": "https://old.example.test/sse"},
        "broken": {}
    }})")
                   .arg(CONFAB_MCP_TEST_SERVER)
                   .toUtf8());
    file.close();
    const CliRun imported = cli.run({"import", path});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains("Added files: "));
    CHECK(imported.out.contains("Added remote: https://mcp.example.test/mcp"));
    CHECK(imported.err.contains("old: the old HTTP+SSE transport is not supported"));
    CHECK(imported.err.contains("broken: neither a command nor a URL"));
    CHECK_FALSE(cli.settingsText().contains("import-s3cret"));
    CHECK_FALSE(cli.settingsText().contains("import-h3ader"));

    const CliRun tools = cli.run({"tools", "files"});
    CHECK(tools.exitCode == 0);
    CHECK(tools.out.startsWith("echo\t"));
}

TEST_CASE("confab mcp tools lists a 2026-07-28 server's tools, found by server/discover")
{
    McpCli cli;
    REQUIRE(cli.run({"add", "modern", "--", CONFAB_MCP_TEST_SERVER, "modern"}).exitCode == 0);
    const CliRun tools = cli.run({"tools", "modern"});
    INFO(tools.err.toStdString());
    REQUIRE(tools.exitCode == 0);
    const QStringList lines = tools.out.split('\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 7);
    CHECK(lines.last() == "meta\tShows the request's _meta");
}

TEST_CASE("confab chat --tools without a terminal declines a server's request for input, said on stderr")
{
    McpCli cli;
    for (const char *mode : {"well", "modern"}) {
        INFO(mode);
        REQUIRE(cli.run({"add", "forms", "--", CONFAB_MCP_TEST_SERVER, mode}).exitCode == 0);
        QProcess process;
        process.setProcessEnvironment(cli.h.environment());
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(CONFAB_BINARY),
                      {"chat", "--tools", "forms", "--allow", "ask", "Ask me. [call:forms__ask]{}[/call]"});
        // The local OpenRouter server answers from this process's event loop: wait without blocking it.
        REQUIRE(waitUntil([&] { return process.state() == QProcess::NotRunning; }, 60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        INFO(err.toStdString());
        CHECK(process.exitCode() == 0);
        CHECK(
            err.contains(QStringLiteral("confab: declined the request of the server forms for input (\"Your "
                                        "name?\"): there is no terminal to ask on.")));
        // The server heard the decline and said so in the result the model read.
        CHECK(out.contains(QStringLiteral("decline:")));
    }
}

#ifndef Q_OS_WIN
TEST_CASE("confab chat --tools on a terminal asks the server's form field by field and sends the answer")
{
    McpCli cli;
    REQUIRE(cli.run({"add", "forms", "--", CONFAB_MCP_TEST_SERVER, "modern"}).exitCode == 0);
    // A pseudo-terminal as stdin: isatty() is true there, and the test types as a person would.
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    REQUIRE(master >= 0);
    const auto closeMaster = qScopeGuard([master] { ::close(master); });
    REQUIRE(::grantpt(master) == 0);
    REQUIRE(::unlockpt(master) == 0);
    QProcess process;
    process.setProcessEnvironment(cli.h.environment());
    process.setStandardInputFile(QString::fromLocal8Bit(::ptsname(master)));
    process.start(QStringLiteral(CONFAB_BINARY),
                  {"chat", "--tools", "forms", "--allow", "ask", "Ask me. [call:forms__ask]{}[/call]"});
    QString err;
    const auto waitFor = [&](const QString &text) {
        return waitUntil(
            [&] {
                err += QString::fromUtf8(process.readAllStandardError());
                return err.contains(text) || process.state() == QProcess::NotRunning;
            },
            60000);
    };
    REQUIRE(waitFor(QStringLiteral("Answer it? [a]nswer, [d]ecline, [c]ancel: ")));
    INFO(err.toStdString());
    CHECK(err.contains(QStringLiteral("The server forms asks:\n  Your name?")));
    REQUIRE(::write(master, "a\n", 2) == 2);
    REQUIRE(waitFor(QStringLiteral("  name: ")));
    // Enter alone on a required field is asked again.
    REQUIRE(::write(master, "\n", 1) == 1);
    REQUIRE(waitFor(QStringLiteral("name is required: ")));
    REQUIRE(::write(master, "Grace\n", 6) == 6);
    REQUIRE(waitUntil([&] { return process.state() == QProcess::NotRunning; }, 60000));
    CHECK(process.exitCode() == 0);
    CHECK(QString::fromUtf8(process.readAllStandardOutput())
              .contains(QStringLiteral("round trip accept:Grace")));
}
#endif
