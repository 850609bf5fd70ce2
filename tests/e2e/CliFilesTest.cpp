// The store's files as Windows treats them: a folder name with spaces and letters beyond ASCII, a second
// process on a history this one holds open (SQLite's WAL under Windows' file locking), and files replaced
// whole while they exist. The same tests run on Linux and under Wine.
#include "CliHarness.h"
#include "Files.h"
#include "catch.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace confab;
using confab::test::CliHarness;
using confab::test::CliRun;

namespace {
// "My chats/Zürich Ελλάδα 東京": a space, Latin-1, Greek and CJK, none of them in Windows' ANSI code page
// together.
const QString unusualFolder =
    QStringLiteral("My chats/Z\u00fcrich \u0395\u03bb\u03bb\u03ac\u03b4\u03b1 \u6771\u4eac");

} // namespace

TEST_CASE(
    "The history lives in a folder whose path has spaces and non-ASCII letters, given on the command line")
{
    CliHarness h;
    const QString folder = h.dir.filePath(unusualFolder);
    const QString dataDir = QStringLiteral("--data-dir");
    const CliRun chat = h.run({dataDir, folder, QStringLiteral("chat"), QStringLiteral("Grüße aus Zürich")});
    INFO(chat.err.toStdString());
    REQUIRE(chat.exitCode == 0);
    CHECK(QFileInfo::exists(folder + QStringLiteral("/confab.sqlite")));
    CHECK_FALSE(QFileInfo::exists(h.dataDir()));

    const CliRun sessions = h.run({dataDir, folder, QStringLiteral("sessions")});
    REQUIRE(sessions.exitCode == 0);
    CHECK(sessions.out.contains(QStringLiteral("Grüße aus Zürich")));

    // An export to a file of the same kind of name, written twice: the second replaces the first whole.
    const QString markdown = folder + QStringLiteral("/Export \u6771\u4eac.md");
    const QStringList exportArguments{dataDir,
                                      folder,
                                      QStringLiteral("export"),
                                      QStringLiteral("--session"),
                                      QStringLiteral("1"),
                                      QStringLiteral("--out"),
                                      markdown};
    REQUIRE(h.run(exportArguments).exitCode == 0);
    const QString first = test::fileText(markdown);
    CHECK(first.contains(QStringLiteral("Grüße aus Zürich")));
    {
        QFile stale(markdown);
        REQUIRE(stale.open(QIODevice::WriteOnly | QIODevice::Truncate));
        stale.write(QByteArray(100000, 'x'));
    }
    REQUIRE(h.run(exportArguments).exitCode == 0);
    CHECK(test::fileText(markdown) == first);
    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    INFO(left.join(QLatin1Char(' ')).toStdString());
    for (const QString &name : left)
        CHECK_FALSE(name.contains(QStringLiteral("Export \u6771\u4eac.md.")));
}

TEST_CASE("Another confab process reads and writes the history while this one has it open")
{
    CliHarness h;
    Store mine(StoreLocation::inFolder(h.dataDir()));
    REQUIRE(mine.open().isOpen());
    const qint64 ownSession = mine.sessions()->create(QStringLiteral("Opened here first")).value().id;
    NewMessage note;
    note.sessionId = ownSession;
    note.role = MessageRole::User;
    note.content = QStringLiteral("Written while the other process runs");
    REQUIRE(mine.messages()->create(note).has_value());

    // The other process reads what this connection wrote, then writes beside it.
    const CliRun listed = h.run({QStringLiteral("sessions")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("Opened here first")));
    const CliRun chat = h.run({QStringLiteral("chat"), QStringLiteral("From the second process")});
    INFO(chat.err.toStdString());
    REQUIRE(chat.exitCode == 0);

    const QList<Session> sessions = mine.sessions()->list(SessionStatus::Active);
    REQUIRE(sessions.size() == 2);
    const QList<Message> theirs = mine.messages()->page(
        sessions.first().id == ownSession ? sessions.last().id : sessions.first().id, 0, 10);
    REQUIRE(theirs.size() == 2);
    CHECK(theirs.first().content == QStringLiteral("From the second process"));

    // And this connection still writes after theirs.
    note.content = QStringLiteral("And this one again");
    REQUIRE(mine.messages()->create(note).has_value());
    const CliRun searched = h.run({QStringLiteral("search"), QStringLiteral("again")});
    REQUIRE(searched.exitCode == 0);
    CHECK(searched.out.contains(QStringLiteral("Opened here first")));
}
