#include "Files.h"
#include "SyncedDevice.h"
#include "catch.h"
#include "sync/SyncFolder.h"
#include "sync/SyncSnapshot.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace confab;

namespace {

const QString SnapshotPassphrase = QStringLiteral("snapshots keep the folder small");

void overwrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// A laptop that has written three rounds of chats to an encrypted folder, one snapshot a round.
struct HistoryOnLaptop
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    QString laptopId;
    QByteArray key;

    HistoryOnLaptop()
    {
        laptopId = laptop.engine().deviceId();
        laptop.engine().setSnapshotEvery(1);
        REQUIRE(laptop.engine().encryptFolder(folder.path(), SnapshotPassphrase).isEmpty());
        for (int round = 1; round <= 3; ++round) {
            const Session chat = laptop.fixture().newSession(QStringLiteral("Chat %1").arg(round));
            laptop.fixture().addMessage(chat.id, MessageRole::User, QStringLiteral("question %1").arg(round));
            laptop.fixture().addMessage(chat.id, MessageRole::Assistant,
                                        QStringLiteral("answer %1").arg(round));
            const SyncReport report = laptop.sync(folder.path());
            INFO(report.summary().toStdString());
            REQUIRE(report.publishedSegments == 1);
            REQUIRE(report.snapshotRecordsWritten > 0);
        }
    }

    SyncFolder sealed() const { return SyncFolder(folder.path(), QByteArray(1, 'x')); }
    QString snapshotPart(qint64 part) const
    {
        const QList<qint64> numbers = sealed().snapshotNumbers(laptopId);
        REQUIRE(numbers.size() == 1);
        return sealed().snapshotPath(laptopId, numbers.first(), part);
    }
};

} // namespace

TEST_CASE("Snapshots: a new device starts from the snapshot and then applies only what follows")
{
    HistoryOnLaptop history;
    // Only the laptop has been here, so its snapshot holds everything: all but its last segment are gone, and
    // only its newest snapshot is kept.
    CHECK(history.sealed().segmentNumbers(history.laptopId) == QList<qint64>{3});
    CHECK(history.sealed().snapshotNumbers(history.laptopId).size() == 1);

    test::SyncedDevice desktop;
    REQUIRE(desktop.engine().unlockFolder(history.folder.path(), SnapshotPassphrase).isEmpty());
    SyncReport joined = desktop.sync(history.folder.path());
    INFO(joined.summary().toStdString());
    CHECK(joined.waiting.isEmpty());
    CHECK(joined.snapshotRecordsApplied == 3 * 3);
    CHECK(joined.appliedSegments == 0);
    CHECK(desktop.canonicalDump() == history.laptop.canonicalDump());

    const Session later = history.laptop.fixture().newSession(QStringLiteral("After the snapshot"));
    history.laptop.fixture().addMessage(later.id, MessageRole::User, QStringLiteral("still there?"));
    REQUIRE(history.laptop.sync(history.folder.path()).publishedSegments == 1);
    const SyncReport next = desktop.sync(history.folder.path());
    CHECK(next.snapshotRecordsApplied == 0);
    CHECK(next.appliedSegments == 1);
    CHECK(desktop.canonicalDump() == history.laptop.canonicalDump());
}

TEST_CASE("Snapshots: a writer retires its segments only once every device's snapshot holds them")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    laptop.engine().setSnapshotEvery(1);
    desktop.engine().setSnapshotEvery(1000);
    const QString laptopId = laptop.engine().deviceId();
    const SyncFolder plain(folder.path());

    // The desktop is in the folder before the laptop writes anything, and writes no snapshot yet.
    desktop.fixture().newSession(QStringLiteral("Desktop's own"));
    REQUIRE(desktop.sync(folder.path()).publishedSegments == 1);
    for (int round = 1; round <= 3; ++round) {
        laptop.fixture().newSession(QStringLiteral("Laptop %1").arg(round));
        const SyncReport report = laptop.sync(folder.path());
        CHECK(report.snapshotRecordsWritten > 0);
        CHECK(report.retiredSegments == 0);
    }
    CHECK(plain.segmentNumbers(laptopId) == QList<qint64>{1, 2, 3});

    // The desktop, which has applied nothing yet, starts from the laptop's snapshot (its segments 1 to 3);
    // until the desktop's own snapshot says so, nothing goes.
    CHECK(desktop.sync(folder.path()).snapshotRecordsApplied == 3 + 1);
    CHECK(laptop.sync(folder.path()).retiredSegments == 0);
    CHECK(plain.segmentNumbers(laptopId) == QList<qint64>{1, 2, 3});

    desktop.engine().setSnapshotEvery(1);
    desktop.fixture().newSession(QStringLiteral("Desktop again"));
    CHECK(desktop.sync(folder.path()).snapshotRecordsWritten > 0);
    const SyncReport retiring = laptop.sync(folder.path());
    CHECK(retiring.retiredSegments == 2);
    CHECK(plain.segmentNumbers(laptopId) == QList<qint64>{3});

    // A third device joins from a snapshot that holds the retired segments, and ends with the same history.
    test::SyncedDevice tablet;
    const SyncReport joined = tablet.sync(folder.path());
    INFO(joined.summary().toStdString());
    CHECK(joined.snapshotRecordsApplied > 0);
    CHECK(joined.waiting.isEmpty());
    CHECK(laptop.sync(folder.path()).completed);
    CHECK(tablet.canonicalDump() == laptop.canonicalDump());
    CHECK(tablet.canonicalDump() == desktop.canonicalDump());
}

TEST_CASE("Snapshots: a tampered, truncated or misplaced snapshot is refused with a status and never applied")
{
    HistoryOnLaptop history;
    const QString part = history.snapshotPart(1);
    const QByteArray whole = test::fileBytes(part);
    const QString manifest = history.snapshotPart(0);

    QByteArray tampered = whole;
    tampered[tampered.size() / 2] = char(tampered.at(tampered.size() / 2) ^ 0x20);
    struct Damage
    {
        const char *name;
        QString path;
        QByteArray bytes;
        const char *status;
    };
    const QList<Damage> damages{
        {"a byte changed in a part", part, tampered, "was sealed with another key or altered"},
        {"a part cut short", part, whole.left(whole.size() - 40), "snapshot 3"},
        // A part where the manifest should be: sealed with the right key, but its header names part 1.
        {"a part as the manifest", manifest, whole, "names another device or sequence number"},
        {"a plain manifest in an encrypted folder", manifest,
         QByteArray("{\"confab-sync\":1}\n{\"t\":\"snapshot\",\"parts\":0}\n"), "snapshot 3"}};
    for (const Damage &damage : damages) {
        DYNAMIC_SECTION(damage.name)
        {
            const QByteArray before = test::fileBytes(damage.path);
            overwrite(damage.path, damage.bytes);
            test::SyncedDevice desktop;
            REQUIRE(desktop.engine().unlockFolder(history.folder.path(), SnapshotPassphrase).isEmpty());
            const SyncReport report = desktop.sync(history.folder.path());
            INFO(report.summary().toStdString());
            CHECK(report.completed);
            CHECK(report.snapshotRecordsApplied == 0);
            CHECK(report.waiting.join(u'\n').contains(QString::fromLatin1(damage.status)));
            // Segments 1 and 2 are retired and no snapshot holds them any more: the desktop waits for one
            // instead of applying segment 3 over a hole.
            CHECK(report.appliedSegments == 0);
            CHECK(desktop->sessions()->count(SessionStatus::Active) == 0);

            overwrite(damage.path, before);
            const SyncReport repaired = desktop.sync(history.folder.path());
            CHECK(repaired.snapshotRecordsApplied > 0);
            CHECK(desktop.canonicalDump() == history.laptop.canonicalDump());
        }
    }
}

TEST_CASE("Snapshots: a plain folder that is encrypted keeps no plain snapshot, and a sealed one replaces it")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    laptop.engine().setSnapshotEvery(1);
    const QString laptopId = laptop.engine().deviceId();
    laptop.fixture().newSession(QStringLiteral("Written in the clear"));
    REQUIRE(laptop.engine().runRound(folder.path()).snapshotRecordsWritten == 1);
    REQUIRE(SyncFolder(folder.path()).snapshotNumbers(laptopId).size() == 1);

    laptop.engine().setSnapshotEvery(1000);
    REQUIRE(laptop.engine().encryptFolder(folder.path(), SnapshotPassphrase).isEmpty());
    const SyncReport sealed = laptop.sync(folder.path());
    CHECK(sealed.snapshotRecordsWritten == 1);
    CHECK(QDir(SyncFolder(folder.path()).deviceDir(laptopId))
              .entryList({QStringLiteral("*.jsonl")}, QDir::Files)
              .isEmpty());
    CHECK(SyncFolder(folder.path(), QByteArray(1, 'x')).snapshotNumbers(laptopId).size() == 1);
}
