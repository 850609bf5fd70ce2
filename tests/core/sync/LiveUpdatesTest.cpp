#include "TestStore.h"
#include "Wait.h"
#include "catch.h"
#include "models/MessageListModel.h"
#include "models/SessionListModel.h"
#include "store/ChangeFeed.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace confab;

namespace {

QStringList titles(const SessionListModel &sessions)
{
    QStringList result;
    for (int row = 0; row < sessions.rowCount(); ++row)
        result << sessions.data(sessions.index(row), Qt::DisplayRole).toString();
    return result;
}

} // namespace

TEST_CASE("Live updates: a chat written by another process on the same store shows within a second")
{
    test::TestStore window;
    const Session open = window.newSession(QStringLiteral("Open in the window"));
    SessionListModel sessions(&window.store());
    MessageListModel messages(&window.store());
    messages.setSession(open.id);
    window.store().changes()->start();
    QSignalSpy added(&sessions, &QAbstractItemModel::rowsInserted);
    REQUIRE(sessions.rowCount() == 1);

    // The CLI: its own Store (and SQLite connection) on the same files.
    Store cli(window.location());
    REQUIRE(cli.open().isOpen());
    QElapsedTimer clock;
    clock.start();
    const Session fromCli = cli.sessions()->create(QStringLiteral("Asked from the terminal")).value();
    NewMessage reply;
    reply.sessionId = open.id;
    reply.role = MessageRole::User;
    reply.content = QStringLiteral("written by the CLI into the open chat");
    REQUIRE(cli.messages()->create(reply));

    REQUIRE(test::waitUntil([&] { return sessions.rowCount() == 2 && messages.rowCount() == 1; }, 1000));
    CHECK(clock.elapsed() < 1000);
    CHECK(added.count() == 1);
    CHECK(titles(sessions).contains(QStringLiteral("Asked from the terminal")));

    cli.sessions()->rename(fromCli.id, QStringLiteral("Renamed in the terminal"));
    REQUIRE(test::waitUntil(
        [&] { return titles(sessions).contains(QStringLiteral("Renamed in the terminal")); }, 1000));
    cli.sessions()->purge(fromCli.id);
    REQUIRE(test::waitUntil([&] { return sessions.rowCount() == 1; }, 1000));
}

TEST_CASE("Live updates: nothing is read while nobody else writes")
{
    test::TestStore window;
    window.newSession();
    window.store().changes()->start();
    QSignalSpy external(window.store().changes(), &ChangeFeed::batchRead);
    window.newSession(QStringLiteral("Written by the window itself"));
    test::spinFor(600);
    CHECK(external.isEmpty());
}

TEST_CASE("Live updates: another process's writes come through the change feed, not the stores' own signals")
{
    test::TestStore window;
    const Session open = window.newSession(QStringLiteral("Open in the window"));
    ChangeFeed *feed = window.store().changes();
    feed->start();
    QSignalSpy sessionsHere(window.store().sessions(), &SessionStore::sessionAdded);
    QSignalSpy messagesHere(window.store().messages(), &MessageStore::messageChanged);
    QSignalSpy sessionsElsewhere(feed, &ChangeFeed::sessionAdded);
    QSignalSpy branches(feed, &ChangeFeed::branchChanged);
    QSignalSpy batches(feed, &ChangeFeed::batchRead);

    Store cli(window.location());
    REQUIRE(cli.open().isOpen());
    const Session fromCli = cli.sessions()->create(QStringLiteral("Asked from the terminal")).value();
    NewMessage question;
    question.sessionId = open.id;
    question.content = QStringLiteral("written by the CLI");
    REQUIRE(cli.messages()->create(question));

    REQUIRE(test::waitUntil([&] { return !batches.isEmpty(); }, 1000));
    REQUIRE(sessionsElsewhere.size() == 1);
    CHECK(sessionsElsewhere.first().first().toLongLong() == fromCli.id);
    REQUIRE(branches.size() == 1);
    CHECK(branches.first().first().toLongLong() == open.id);
    // The stores' signals say what this process wrote, and it wrote nothing.
    CHECK(sessionsHere.isEmpty());
    CHECK(messagesHere.isEmpty());
}
