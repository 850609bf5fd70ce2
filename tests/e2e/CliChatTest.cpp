#include "CliHarness.h"
#include "Wait.h"
#include "catch.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace confab;
using confab::test::CliHarness;
using confab::test::CliRun;

TEST_CASE("confab chat streams the answer to stdout and stores the conversation")
{
    CliHarness h;
    const CliRun run = h.run({QStringLiteral("chat"), QStringLiteral("What is a B-tree?")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.trimmed() == h.openRouter.lastAnswerText().trimmed());
    CHECK(run.err.contains(QStringLiteral("--session")));

    const CliRun list = h.run({QStringLiteral("sessions")});
    REQUIRE(list.exitCode == 0);
    // Under the title the test server gave it (the question, without its question mark).
    CHECK(list.out.contains(QStringLiteral("What is a B-tree")));
}

TEST_CASE("A chat started from the command line gets a title after its first answer, as in the window")
{
    CliHarness h;
    const CliRun run =
        h.run({QStringLiteral("chat"), QStringLiteral("how do volcanoes form under the sea?")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(h.openRouter.titleRequests().size() == 1);

    // The test server's title keeps a long question's first four words, capitalized.
    const CliRun list = h.run({QStringLiteral("sessions")});
    REQUIRE(list.exitCode == 0);
    INFO(list.out.toStdString());
    CHECK(list.out.contains(QStringLiteral("How do volcanoes form")));
    CHECK_FALSE(list.out.contains(QStringLiteral("under the sea")));
}

TEST_CASE("confab chat reads the prompt from stdin and continues a session")
{
    CliHarness h;
    const CliRun first = h.run({QStringLiteral("chat")}, "Remember the number 42.\n");
    REQUIRE(first.exitCode == 0);
    const CliRun second = h.run({QStringLiteral("chat"), QStringLiteral("--session"), QStringLiteral("1"),
                                 QStringLiteral("Which number?")});
    REQUIRE(second.exitCode == 0);
    CHECK(h.openRouter.chatRequests().last().body.contains("Remember the number 42."));
}

TEST_CASE("Without a key, confab chat exits 3 and says which key is missing")
{
    CliHarness h;
    h.openRouterKey.clear();
    const CliRun run = h.run({QStringLiteral("chat"), QStringLiteral("Hello")});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("OpenRouter API key")));
    CHECK(run.out.isEmpty());
    CHECK(h.openRouter.requests().isEmpty());
}

TEST_CASE("A failed answer exits 1 with the reason on stderr")
{
    CliHarness h;
    testserver::Scenario broken;
    REQUIRE(testserver::Scenario::fromName(QStringLiteral("error-midstream"), &broken));
    h.openRouter.enqueue(broken);
    const CliRun run = h.run({QStringLiteral("chat"), QStringLiteral("Go")});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.err.trimmed().isEmpty());
}

// Delivering Ctrl+C to another process is a POSIX signal here; Windows has no kill(SIGINT) to send it with.
#ifdef Q_OS_UNIX
TEST_CASE("Ctrl+C stops the stream, keeps the partial answer marked stopped and exits 130")
{
    CliHarness h;
    testserver::Scenario slow;
    REQUIRE(testserver::Scenario::fromName(QStringLiteral("long"), &slow));
    slow.tokenDelayMs = 20;
    h.openRouter.enqueue(slow);
    QProcess *child = h.start({QStringLiteral("chat"), QStringLiteral("Tell me everything")});
    child->closeWriteChannel();
    QByteArray printed;
    REQUIRE(confab::test::waitUntil([&] {
        printed += child->readAllStandardOutput();
        return printed.size() > 40;
    }));
    ::kill(static_cast<pid_t>(child->processId()), SIGINT);
    REQUIRE(confab::test::waitUntil([child] { return child->state() == QProcess::NotRunning; }, 10000));
    printed += child->readAllStandardOutput();
    CHECK(child->exitCode() == 130);
    CHECK(
        QString::fromUtf8(child->readAllStandardError()).contains(QStringLiteral("partial answer is kept")));

    Store store(StoreLocation::inFolder(h.dataDir()));
    REQUIRE(store.open().isOpen());
    const QList<Message> messages = store.messages()->page(1, 0, 10);
    REQUIRE(messages.size() == 2);
    CHECK(messages[1].status == MessageStatus::Stopped);
    CHECK(messages[1].content.trimmed() == QString::fromUtf8(printed).trimmed());
}
#endif

TEST_CASE("confab chat on a fresh store fetches the model list, so an image-output model is asked for images")
{
    CliHarness h;
    const CliRun run = h.run({QStringLiteral("chat"), QStringLiteral("--model"),
                              QStringLiteral("google/gemini-2.5-flash-image"),
                              QStringLiteral("[scenario:image-output] Draw a cat")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject body = QJsonDocument::fromJson(h.openRouter.chatRequests().last().body).object();
    CHECK(body.value(QStringLiteral("modalities")).toArray() ==
          QJsonArray{QStringLiteral("image"), QStringLiteral("text")});
    // The server draws only when asked, as a real image model does.
    CHECK(run.out.contains(QStringLiteral("Here is the image you asked for.")));
}
