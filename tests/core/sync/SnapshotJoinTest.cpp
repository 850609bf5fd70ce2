#include "SyncedDevice.h"
#include "catch.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "sync/SyncFolder.h"

#include <QTemporaryDir>

using namespace confab;

namespace {

const QString JoinPassphrase = QStringLiteral("a new device joins at once");

// A laptop whose snapshot needs two parts: two answers of 5 MB each, and a word to search for.
struct LongAnswersOnLaptop
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;

    LongAnswersOnLaptop()
    {
        laptop.engine().setSnapshotEvery(1);
        REQUIRE(laptop.engine().encryptFolder(folder.path(), JoinPassphrase).isEmpty());
        const QString longAnswer = QStringLiteral("plenty of words in a long answer ").repeated(150'000);
        for (int chat = 1; chat <= 2; ++chat) {
            const Session session = laptop.fixture().newSession(QStringLiteral("Chat %1").arg(chat));
            laptop.fixture().addMessage(session.id, MessageRole::User,
                                        QStringLiteral("what grows on a quince tree %1?").arg(chat));
            laptop.fixture().addMessage(session.id, MessageRole::Assistant, longAnswer);
        }
        const SyncReport report = laptop.sync(folder.path());
        INFO(report.summary().toStdString());
        REQUIRE(report.snapshotRecordsWritten > 0);
        // Its manifest and two parts (a sealed folder lists its files by name whatever the key).
        const QMultiMap<qint64, QString> files =
            SyncFolder(folder.path(), QByteArray(1, 'x')).snapshotFiles(laptop.engine().deviceId());
        REQUIRE(files.size() >= 3);
    }
};

qint64 messagesIn(test::SyncedDevice &device)
{
    return sql::scalar(device->database().connection(), QStringLiteral("SELECT count(*) FROM messages"))
        .toLongLong();
}

// FTS5's own check that its index matches the messages table.
bool searchIndexIntact(test::SyncedDevice &device)
{
    return bool(
        sql::run(device->database().connection(),
                 QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')")));
}

} // namespace

TEST_CASE("Snapshots: a new device merges the whole snapshot at once, finds its messages, and a stop leaves "
          "nothing half merged")
{
    LongAnswersOnLaptop history;
    test::SyncedDevice desktop;
    REQUIRE(desktop.engine().unlockFolder(history.folder.path(), JoinPassphrase).isEmpty());

    // Stopped after the first part: the merge is one transaction, so nothing of it is in the store.
    int steps = 0;
    const SyncReport stopped = desktop.engine().runRound(
        history.folder.path(), {[&steps](int, int) { ++steps; }, [&steps] { return steps > 0; }});
    CHECK(stopped.cancelled);
    CHECK(steps == 1);
    CHECK(messagesIn(desktop) == 0);
    CHECK(desktop->search().search(QStringLiteral("quince")).isEmpty());

    const SyncReport joined = desktop.sync(history.folder.path());
    INFO(joined.summary().toStdString());
    CHECK(joined.waiting.isEmpty());
    CHECK(joined.snapshotRecordsApplied > 0);
    CHECK(desktop.canonicalDump() == history.laptop.canonicalDump());
    CHECK(desktop->search().search(QStringLiteral("quince")).size() == 2);
    CHECK(searchIndexIntact(desktop));

    // The search index keeps up with what comes after the join, row by row again.
    const Session later = history.laptop.fixture().newSession(QStringLiteral("Later"));
    history.laptop.fixture().addMessage(later.id, MessageRole::User, QStringLiteral("and a medlar?"));
    REQUIRE(history.laptop.sync(history.folder.path()).publishedSegments == 1);
    REQUIRE(desktop.sync(history.folder.path()).appliedSegments == 1);
    CHECK(desktop->search().search(QStringLiteral("medlar")).size() == 1);
    CHECK(searchIndexIntact(desktop));
}

TEST_CASE("Snapshots: a device that already holds chats merges a snapshot part by part and keeps its own")
{
    LongAnswersOnLaptop history;
    test::SyncedDevice phone;
    const Session own = phone.fixture().newSession(QStringLiteral("On the phone"));
    phone.fixture().addMessage(own.id, MessageRole::User, QStringLiteral("a medlar question"));
    REQUIRE(phone.engine().unlockFolder(history.folder.path(), JoinPassphrase).isEmpty());

    const SyncReport joined = phone.sync(history.folder.path());
    INFO(joined.summary().toStdString());
    CHECK(joined.snapshotRecordsApplied > 0);
    CHECK(messagesIn(phone) == messagesIn(history.laptop) + 1);
    CHECK(phone->search().search(QStringLiteral("quince")).size() == 2);
    CHECK(phone->search().search(QStringLiteral("medlar")).size() == 1);
    CHECK(searchIndexIntact(phone));
}
