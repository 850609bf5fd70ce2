#include "Files.h"
#include "SyncedDevice.h"
#include "catch.h"
#include "store/Sql.h"
#include "sync/SyncFolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace confab;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Each device sees its own copy of the folder, as with Syncthing; the test plays the sync engine.
struct SeparateFolders
{
    QTemporaryDir laptopFolder;
    QTemporaryDir desktopFolder;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;

    QString laptopSegment(qint64 seq)
    {
        return SyncFolder(laptopFolder.path()).segmentPath(laptop.engine().deviceId(), seq);
    }
    QString desktopCopy(qint64 seq)
    {
        return SyncFolder(desktopFolder.path()).segmentPath(laptop.engine().deviceId(), seq);
    }
};

} // namespace

TEST_CASE("Sync: a half-copied segment is ignored until it is complete, then applied once")
{
    SeparateFolders devices;
    const Session chat = devices.laptop.fixture().newSession(QStringLiteral("Arrives in pieces"));
    devices.laptop.fixture().addMessage(chat.id, MessageRole::User, QStringLiteral("hello there"));
    REQUIRE(devices.laptop.sync(devices.laptopFolder.path()).publishedSegments == 1);

    const QByteArray whole = test::fileBytes(devices.laptopSegment(1));
    writeFile(devices.desktopCopy(1), whole.left(whole.size() / 2));
    SyncReport report = devices.desktop.sync(devices.desktopFolder.path());
    CHECK(report.completed);
    CHECK(report.appliedRecords == 0);
    REQUIRE(report.waiting.size() == 1);
    CHECK(report.waiting.first().contains(QStringLiteral("incomplete")));

    writeFile(devices.desktopCopy(1), whole);
    report = devices.desktop.sync(devices.desktopFolder.path());
    CHECK(report.appliedSegments == 1);
    CHECK(report.waiting.isEmpty());
    CHECK(devices.desktop->sessions()->count(SessionStatus::Active) == 1);

    // Arriving again, or as a sync engine's conflict copy, changes nothing.
    writeFile(devices.desktopCopy(1), whole);
    const QString conflictCopy = devices.desktopCopy(1).replace(
        QStringLiteral(".jsonl"), QStringLiteral(".sync-conflict-20260101-101010-ABCDEFG.jsonl"));
    writeFile(conflictCopy, whole);
    writeFile(QFileInfo(devices.desktopCopy(1)).absolutePath() +
                  QStringLiteral("/0000000001 (conflicted copy).jsonl"),
              whole);
    report = devices.desktop.sync(devices.desktopFolder.path());
    CHECK(report.appliedRecords == 0);
    CHECK(devices.desktop->messages()->count(
              devices.desktop.sessionId(devices.laptop.gidOfSession(chat.id))) == 1);
}

TEST_CASE("Sync: segments arriving out of order are applied in order")
{
    SeparateFolders devices;
    const Session chat = devices.laptop.fixture().newSession(QStringLiteral("First name"));
    devices.laptop.sync(devices.laptopFolder.path());
    devices.laptop->sessions()->rename(chat.id, QStringLiteral("Second name"));
    devices.laptop.sync(devices.laptopFolder.path());

    writeFile(devices.desktopCopy(2), test::fileBytes(devices.laptopSegment(2)));
    SyncReport report = devices.desktop.sync(devices.desktopFolder.path());
    CHECK(report.appliedSegments == 0);
    REQUIRE_FALSE(report.waiting.isEmpty());
    CHECK(report.waiting.first().contains(QStringLiteral("segment 1 has not arrived")));

    writeFile(devices.desktopCopy(1), test::fileBytes(devices.laptopSegment(1)));
    report = devices.desktop.sync(devices.desktopFolder.path());
    CHECK(report.appliedSegments == 2);
    CHECK(devices.desktop->sessions()->list(SessionStatus::Active).first().title ==
          QStringLiteral("Second name"));
}

TEST_CASE("Sync: a message waits for its image to arrive whole")
{
    SeparateFolders devices;
    const Session chat = devices.laptop.fixture().newSession(QStringLiteral("Pictures"));
    const StoredImage stored = devices.laptop->images()->store(test::imageBytes(Qt::red));
    REQUIRE(stored.ok());
    NewMessage message;
    message.sessionId = chat.id;
    message.role = MessageRole::Assistant;
    message.contentType = ContentType::Image;
    message.images = {
        MessageImage{stored.hash, ImageRole::Output, stored.width, stored.height, stored.mime, 0}};
    REQUIRE(devices.laptop->messages()->create(message));
    REQUIRE(devices.laptop.sync(devices.laptopFolder.path()).completed);

    writeFile(devices.desktopCopy(1), test::fileBytes(devices.laptopSegment(1)));
    const QString imageName = QStringLiteral("/images/") + stored.hash;
    const QByteArray image = test::fileBytes(devices.laptopFolder.path() + imageName);
    writeFile(devices.desktopFolder.path() + imageName, image.left(20));
    SyncReport report = devices.desktop.sync(devices.desktopFolder.path());
    CHECK(report.appliedSegments == 0);
    REQUIRE_FALSE(report.waiting.isEmpty());
    CHECK(report.waiting.first().contains(QStringLiteral("image")));

    writeFile(devices.desktopFolder.path() + imageName, image);
    report = devices.desktop.sync(devices.desktopFolder.path());
    INFO(report.summary().toStdString());
    CHECK(report.appliedSegments == 1);
    CHECK(devices.desktop->images()->contains(stored.hash));
    CHECK(devices.desktop->images()->bytes(stored.hash) == devices.laptop->images()->bytes(stored.hash));
}

TEST_CASE("Sync: an offline folder fails the round clearly and loses nothing")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    laptop.fixture().newSession(QStringLiteral("Written offline"));
    const QString missing = folder.path() + QStringLiteral("/not-mounted");
    const SyncReport offline = laptop.sync(missing);
    CHECK_FALSE(offline.completed);
    CHECK(offline.error.contains(QStringLiteral("not there")));

    CHECK(laptop.sync(folder.path()).publishedRecords == 1);
    desktop.sync(folder.path());
    CHECK(desktop->sessions()->count(SessionStatus::Active) == 1);
}

TEST_CASE(
    "Sync: a folder this device cannot write to still brings others' changes and keeps its own for later")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    laptop.fixture().newSession(QStringLiteral("From the laptop"));
    laptop.sync(folder.path());
    desktop.fixture().newSession(QStringLiteral("From the desktop"));

    // Permissions do not stop root (the test may run as root), so a file stands where the device's folder
    // would go, which no user can write into either.
    const QString ownFolder = SyncFolder(folder.path()).deviceDir(desktop.engine().deviceId());
    writeFile(ownFolder, "in the way");
    const SyncReport blocked = desktop.sync(folder.path());
    QFile::remove(ownFolder);
    CHECK(blocked.completed);
    CHECK(blocked.appliedSegments == 1);
    REQUIRE_FALSE(blocked.waiting.isEmpty());
    CHECK(blocked.waiting.first().startsWith(QStringLiteral("publishing")));

    CHECK(desktop.sync(folder.path()).publishedRecords == 1);
    laptop.sync(folder.path());
    CHECK(laptop->sessions()->count(SessionStatus::Active) == 2);
    CHECK(laptop.canonicalDump() == desktop.canonicalDump());
}

TEST_CASE("Sync: a device whose clock is ahead (within the bound) does not win over a later edit made after "
          "seeing it")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    const Session chat = laptop.fixture().newSession(QStringLiteral("Start"));
    laptop.sync(folder.path());
    desktop.sync(folder.path());
    const qint64 copy = desktop.sessionId(laptop.gidOfSession(chat.id));

    // The desktop's wall clock is 40 minutes fast when it renames the chat (further than the bound of an
    // hour is ClockDriftTest's).
    desktop->sessions()->rename(copy, QStringLiteral("Renamed on the fast desktop"));
    sql::run(desktop->database().connection(),
             QStringLiteral("UPDATE sync_outbox SET at = at + 40 * 60 * 1000"));
    desktop.sync(folder.path());
    laptop.sync(folder.path());
    CHECK(laptop->sessions()->get(chat.id)->title == QStringLiteral("Renamed on the fast desktop"));

    laptop->sessions()->rename(chat.id, QStringLiteral("Renamed on the laptop afterwards"));
    laptop.sync(folder.path());
    desktop.sync(folder.path());
    CHECK(desktop->sessions()->get(copy)->title == QStringLiteral("Renamed on the laptop afterwards"));
    CHECK(laptop.canonicalDump() == desktop.canonicalDump());
}

TEST_CASE("Sync: a device that vanished stays listed and blocks nobody")
{
    QTemporaryDir folder;
    SyncReport seen;
    {
        test::SyncedDevice oldPhone;
        oldPhone.engine().setDeviceName(QStringLiteral("Old laptop"));
        oldPhone.fixture().newSession(QStringLiteral("From the old laptop"));
        oldPhone.sync(folder.path());
    }
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    laptop.fixture().newSession(QStringLiteral("New"));
    laptop.sync(folder.path());
    seen = desktop.sync(folder.path());
    CHECK(seen.completed);
    CHECK(desktop->sessions()->count(SessionStatus::Active) == 2);
    QStringList names;
    for (const SyncPeer &peer : seen.peers)
        names << peer.name;
    CHECK(names.contains(QStringLiteral("Old laptop")));
}
