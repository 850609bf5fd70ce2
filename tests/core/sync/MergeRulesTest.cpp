#include "SyncedDevice.h"
#include "catch.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

using namespace confab;

namespace {

struct TwoDevices
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;

    void syncBoth()
    {
        REQUIRE(laptop.sync(folder.path()).completed);
        REQUIRE(desktop.sync(folder.path()).completed);
        REQUIRE(laptop.sync(folder.path()).completed);
    }
    Session onDesktop(const Session &laptopSession)
    {
        const qint64 id = desktop.sessionId(laptop.gidOfSession(laptopSession.id));
        REQUIRE(id > 0);
        return desktop->sessions()->get(id).value();
    }
};

} // namespace

TEST_CASE("Sync: a chat made on one device appears on the other with its messages")
{
    TwoDevices devices;
    const Session chat = devices.laptop.fixture().newSession(QStringLiteral("Trip plans"));
    devices.laptop.fixture().addMessage(chat.id, MessageRole::User, QStringLiteral("Where to in May?"));
    devices.laptop.fixture().addMessage(chat.id, MessageRole::Assistant, QStringLiteral("Lisbon."));

    const SyncReport published = devices.laptop.sync(devices.folder.path());
    CHECK(published.completed);
    CHECK(published.publishedSegments == 1);
    const SyncReport applied = devices.desktop.sync(devices.folder.path());
    CHECK(applied.appliedSegments == 1);

    const Session copy = devices.onDesktop(chat);
    CHECK(copy.title == QStringLiteral("Trip plans"));
    const QList<Message> messages = devices.desktop->messages()->page(copy.id, 0, 10);
    REQUIRE(messages.size() == 2);
    CHECK(messages.at(1).content == QStringLiteral("Lisbon."));
    CHECK(devices.laptop.canonicalDump() == devices.desktop.canonicalDump());
    REQUIRE(applied.peers.size() == 1);
    CHECK(applied.peers.first().name == published.deviceName);
}

TEST_CASE("Sync: each session field is last writer wins on its own")
{
    TwoDevices devices;
    const Session chat = devices.laptop.fixture().newSession(QStringLiteral("Draft"));
    devices.syncBoth();
    const Session copy = devices.onDesktop(chat);

    // Concurrent edits to different fields both survive; to the same field, the later one wins.
    devices.laptop->sessions()->rename(chat.id, QStringLiteral("Laptop title"));
    devices.desktop->sessions()->setPinned(copy.id, true);
    devices.desktop->sessions()->rename(copy.id, QStringLiteral("Desktop title (later)"));
    devices.syncBoth();
    devices.desktop.sync(devices.folder.path());

    CHECK(devices.laptop->sessions()->get(chat.id)->title == QStringLiteral("Desktop title (later)"));
    CHECK(devices.laptop->sessions()->get(chat.id)->pinned);
    CHECK(devices.laptop.canonicalDump() == devices.desktop.canonicalDump());
}

TEST_CASE("Sync: a trashed chat stays trashed, and a later restore wins")
{
    TwoDevices devices;
    const Session chat = devices.laptop.fixture().newSession(QStringLiteral("Old chat"));
    devices.syncBoth();
    const Session copy = devices.onDesktop(chat);

    devices.desktop->sessions()->trash(copy.id);
    devices.syncBoth();
    CHECK(devices.laptop->sessions()->get(chat.id)->status == SessionStatus::Deleted);
    // A message added on a device that has not heard of the trashing does not bring the chat back.
    devices.laptop.fixture().addMessage(chat.id, MessageRole::User, QStringLiteral("one more thing"));
    devices.syncBoth();
    CHECK(devices.desktop->sessions()->get(copy.id)->status == SessionStatus::Deleted);

    devices.laptop->sessions()->restore(chat.id);
    devices.syncBoth();
    devices.desktop.sync(devices.folder.path());
    CHECK(devices.desktop->sessions()->get(copy.id)->status == SessionStatus::Active);
    CHECK(devices.laptop.canonicalDump() == devices.desktop.canonicalDump());
}

TEST_CASE("Sync: a purged chat never comes back, even with messages written to it elsewhere")
{
    TwoDevices devices;
    const Session chat = devices.laptop.fixture().newSession(QStringLiteral("Secret"));
    devices.syncBoth();
    const Session copy = devices.onDesktop(chat);

    devices.laptop->sessions()->purge(chat.id);
    devices.desktop.fixture().addMessage(copy.id, MessageRole::User, QStringLiteral("written meanwhile"));
    devices.syncBoth();
    devices.desktop.sync(devices.folder.path());
    CHECK_FALSE(devices.desktop->sessions()->get(copy.id).has_value());
    CHECK(devices.laptop->sessions()->count(SessionStatus::Active) == 0);
    CHECK(devices.laptop.canonicalDump() == devices.desktop.canonicalDump());
}

TEST_CASE("Sync: two devices writing to one chat at once keep both turns in the same order")
{
    TwoDevices devices;
    const Session chat = devices.laptop.fixture().newSession(QStringLiteral("Shared"));
    devices.syncBoth();
    const Session copy = devices.onDesktop(chat);

    devices.laptop.fixture().addMessage(chat.id, MessageRole::User, QStringLiteral("from the laptop"));
    devices.desktop.fixture().addMessage(copy.id, MessageRole::User, QStringLiteral("from the desktop"));
    devices.syncBoth();
    devices.desktop.sync(devices.folder.path());

    CHECK(devices.laptop->messages()->count(chat.id) == 2);
    CHECK(devices.desktop->messages()->count(copy.id) == 2);
    const QString dump = devices.laptop.canonicalDump();
    CHECK(dump == devices.desktop.canonicalDump());
    CHECK(dump.contains(QStringLiteral("from the laptop")));
    CHECK(dump.contains(QStringLiteral("from the desktop")));
    // They are two versions of the first message; both devices show the same one.
    const QList<Message> laptopShows = devices.laptop->messages()->page(chat.id, 0, 10);
    const QList<Message> desktopShows = devices.desktop->messages()->page(copy.id, 0, 10);
    REQUIRE(laptopShows.size() == 1);
    REQUIRE(desktopShows.size() == 1);
    CHECK(laptopShows.first().content == desktopShows.first().content);
    CHECK(laptopShows.first().branchCount == 2);
}

TEST_CASE("Sync: an answer is published when it finishes, not while it streams")
{
    TwoDevices devices;
    const Session chat = devices.laptop.fixture().newSession(QStringLiteral("Streaming"));
    const Message answer = devices.laptop.fixture().addMessage(chat.id, MessageRole::Assistant, QString(),
                                                               MessageStatus::Pending);
    devices.laptop->messages()->beginStreaming(answer.id);
    devices.laptop->messages()->appendContent(answer.id, QStringLiteral("Half an ans"));
    devices.laptop->messages()->flush();
    devices.syncBoth();
    const Session copy = devices.onDesktop(chat);
    CHECK(devices.desktop->messages()->count(copy.id) == 0);

    devices.laptop->messages()->appendContent(answer.id, QStringLiteral("wer."));
    devices.laptop->messages()->finish(answer.id, {});
    devices.syncBoth();
    const QList<Message> messages = devices.desktop->messages()->page(copy.id, 0, 10);
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().content == QStringLiteral("Half an answer."));
    CHECK(messages.first().status == MessageStatus::Completed);
}

TEST_CASE("Sync: keys, caps and other settings are not in the journal")
{
    TwoDevices devices;
    const Session chat = devices.laptop.fixture().newSession(QStringLiteral("Anything"));
    devices.laptop.fixture().addMessage(chat.id, MessageRole::User, QStringLiteral("hello"));
    devices.laptop.sync(devices.folder.path());
    QDirIterator files(devices.folder.path(), QDir::Files, QDirIterator::Subdirectories);
    QByteArray everything;
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        everything += file.readAll();
    }
    CHECK(everything.contains("hello"));
    CHECK_FALSE(everything.contains("sk-or"));
    CHECK_FALSE(everything.contains("cap"));
    CHECK_FALSE(everything.contains("settings"));
}
