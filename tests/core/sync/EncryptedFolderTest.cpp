#include "Files.h"
#include "SyncedDevice.h"
#include "catch.h"
#include "sync/FolderKey.h"
#include "sync/SyncFolder.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <thread>

using namespace confab;

namespace {

const QString Passphrase = QStringLiteral("correct horse battery staple");

// Every file in the folder, by path relative to it.
QMap<QString, QByteArray> filesIn(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(path.mid(root.size()), test::fileBytes(path));
    }
    return files;
}

struct EncryptedPair
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    Session chat;
    StoredImage picture;

    EncryptedPair()
    {
        laptop.engine().setDeviceName(QStringLiteral("Anna's laptop"));
        const QString error = laptop.engine().encryptFolder(folder.path(), Passphrase);
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        chat = laptop.fixture().newSession(QStringLiteral("Secret trip to Lisbon"));
        laptop.fixture().addMessage(chat.id, MessageRole::User, QStringLiteral("Which hotel near Alfama?"));
        picture = laptop->images()->store(test::imageBytes(Qt::blue));
        NewMessage message;
        message.sessionId = chat.id;
        message.role = MessageRole::Assistant;
        message.contentType = ContentType::Image;
        message.images = {
            MessageImage{picture.hash, ImageRole::Output, picture.width, picture.height, picture.mime, 0}};
        REQUIRE(laptop->messages()->create(message));
        REQUIRE(laptop.sync(folder.path()).publishedSegments == 1);
    }
};

} // namespace

TEST_CASE("Encrypted sync: chats and pictures arrive, and the folder shows no text, names or picture hashes")
{
    EncryptedPair pair;
    REQUIRE(pair.desktop.engine().unlockFolder(pair.folder.path(), Passphrase).isEmpty());
    const SyncReport report = pair.desktop.sync(pair.folder.path());
    INFO(report.summary().toStdString());
    CHECK(report.appliedSegments == 1);
    CHECK(pair.desktop->sessions()
              ->get(pair.desktop.sessionId(pair.laptop.gidOfSession(pair.chat.id)))
              ->title == QStringLiteral("Secret trip to Lisbon"));
    CHECK(pair.desktop->images()->bytes(pair.picture.hash) ==
          pair.laptop->images()->bytes(pair.picture.hash));
    CHECK(pair.laptop.canonicalDump() == pair.desktop.canonicalDump());

    const QByteArray pictureBytes = pair.laptop->images()->bytes(pair.picture.hash);
    const QMap<QString, QByteArray> files = filesIn(pair.folder.path());
    for (auto file = files.cbegin(); file != files.cend(); ++file) {
        INFO(file.key().toStdString());
        CHECK_FALSE(file.key().contains(pair.picture.hash));
        CHECK_FALSE(file.key().endsWith(QStringLiteral(".jsonl")));
        CHECK_FALSE(file.value().contains("Lisbon"));
        CHECK_FALSE(file.value().contains("Alfama"));
        CHECK_FALSE(file.value().contains("Anna"));
        CHECK_FALSE(file.value().contains(pair.picture.hash.toLatin1()));
        CHECK_FALSE(file.value().contains(pictureBytes.mid(pictureBytes.size() / 2, 16)));
    }
}

TEST_CASE("Encrypted sync: a wrong passphrase is refused, and nothing is applied without the key")
{
    EncryptedPair pair;
    CHECK(pair.desktop.engine().unlockFolder(pair.folder.path(), QStringLiteral("correct horse battery")) ==
          QStringLiteral("the passphrase does not open this sync folder"));
    CHECK(pair.desktop.engine().needsPassphrase(pair.folder.path()));
    const SyncReport report = pair.desktop.sync(pair.folder.path());
    CHECK_FALSE(report.completed);
    CHECK(report.needsPassphrase);
    CHECK(report.appliedRecords == 0);
    CHECK(pair.desktop->sessions()->count(SessionStatus::Active) == 0);
}

TEST_CASE("Encrypted sync: a segment with one byte changed is refused with a status and never applied")
{
    EncryptedPair pair;
    const SyncFolder sealed(pair.folder.path(), QByteArray(32, 'k'));
    const QString segment = sealed.segmentPath(pair.laptop.engine().deviceId(), 1);
    QByteArray bytes = test::fileBytes(segment);
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    QFile file(segment);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();

    REQUIRE(pair.desktop.engine().unlockFolder(pair.folder.path(), Passphrase).isEmpty());
    const SyncReport report = pair.desktop.sync(pair.folder.path());
    CHECK(report.completed);
    CHECK(report.appliedRecords == 0);
    REQUIRE(report.waiting.size() == 1);
    CHECK(
        report.waiting.first().contains(QStringLiteral("segment 1 was sealed with another key or altered")));
    CHECK(pair.desktop->sessions()->count(SessionStatus::Active) == 0);
}

TEST_CASE("Encrypted sync: segments from a device without the key, sealed or plain, are never applied")
{
    EncryptedPair pair;
    const QString stranger = QStringLiteral("77777777777777777777777777777777");
    const QJsonObject session{{QStringLiteral("t"), QStringLiteral("session")},
                              {QStringLiteral("gid"), QStringLiteral("intruder")},
                              {QStringLiteral("created"), 1},
                              {QStringLiteral("fields"), QJsonObject{}}};
    QString error;
    REQUIRE(QDir().mkpath(SyncFolder(pair.folder.path()).deviceDir(stranger)));
    REQUIRE(SyncFolder(pair.folder.path(), QByteArray(32, 'x'))
                .writeSegment(Segment{stranger, QStringLiteral("Intruder"), 1, 1, {session}}, &error));
    REQUIRE(SyncFolder(pair.folder.path())
                .writeSegment(Segment{stranger, QStringLiteral("Intruder"), 2, 1, {session}}, &error));

    REQUIRE(pair.desktop.engine().unlockFolder(pair.folder.path(), Passphrase).isEmpty());
    const SyncReport report = pair.desktop.sync(pair.folder.path());
    CHECK(report.appliedSegments == 1); // the laptop's
    CHECK(report.waiting.join(u'\n').contains(
        QStringLiteral("segment 1 was sealed with another key or altered")));
    CHECK(pair.desktop.sessionId(QStringLiteral("intruder")) == 0);
}

TEST_CASE("Encrypted sync: changing the passphrase rewrites only the key file")
{
    EncryptedPair pair;
    QMap<QString, QByteArray> before = filesIn(pair.folder.path());
    REQUIRE(pair.laptop.engine()
                .changePassphrase(pair.folder.path(), QStringLiteral("a new long passphrase"))
                .isEmpty());
    QMap<QString, QByteArray> after = filesIn(pair.folder.path());
    CHECK(before.take(QStringLiteral("/confab-key.json")) != after.take(QStringLiteral("/confab-key.json")));
    CHECK(before == after);

    CHECK_FALSE(pair.desktop.engine().unlockFolder(pair.folder.path(), Passphrase).isEmpty());
    REQUIRE(pair.desktop.engine()
                .unlockFolder(pair.folder.path(), QStringLiteral("a new long passphrase"))
                .isEmpty());
    CHECK(pair.desktop.sync(pair.folder.path()).appliedSegments == 1);
    // The laptop keeps its key (in the keychain) and goes on syncing without being asked again.
    CHECK(pair.laptop.sync(pair.folder.path()).completed);
}

TEST_CASE("Encrypted sync: a plain folder is converted, each device sealing its own segments")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    const Session fromLaptop = laptop.fixture().newSession(QStringLiteral("Plain from the laptop"));
    const StoredImage picture = laptop->images()->store(test::imageBytes(Qt::green));
    NewMessage message;
    message.sessionId = fromLaptop.id;
    message.role = MessageRole::Assistant;
    message.contentType = ContentType::Image;
    message.images = {
        MessageImage{picture.hash, ImageRole::Output, picture.width, picture.height, picture.mime, 0}};
    REQUIRE(laptop->messages()->create(message));
    desktop.fixture().newSession(QStringLiteral("Plain from the desktop"));
    REQUIRE(laptop.sync(folder.path()).completed);
    REQUIRE(desktop.sync(folder.path()).completed);
    REQUIRE(laptop.sync(folder.path()).completed);

    REQUIRE(laptop.engine().encryptFolder(folder.path(), Passphrase).isEmpty());
    CHECK_FALSE(QFile::exists(SyncFolder(folder.path()).imagePath(picture.hash)));
    laptop.fixture().newSession(QStringLiteral("Sealed from the laptop"));
    REQUIRE(laptop.sync(folder.path()).completed);
    CHECK(desktop.engine().needsPassphrase(folder.path()));
    REQUIRE(desktop.engine().unlockFolder(folder.path(), Passphrase).isEmpty());
    const SyncReport onDesktop = desktop.sync(folder.path());
    INFO(onDesktop.summary().toStdString());
    CHECK(onDesktop.appliedSegments == 1);
    REQUIRE(laptop.sync(folder.path()).completed);

    const QMap<QString, QByteArray> files = filesIn(folder.path());
    for (auto file = files.cbegin(); file != files.cend(); ++file) {
        INFO(file.key().toStdString());
        CHECK_FALSE(file.value().contains("Plain from"));
        CHECK_FALSE(file.key().contains(picture.hash));
    }
    CHECK(laptop.canonicalDump() == desktop.canonicalDump());
    CHECK(desktop->sessions()->count(SessionStatus::Active) == 3);
}

TEST_CASE("Encrypted sync: two devices enabling encryption on an empty folder at once end with one key")
{
    QTemporaryDir folder;
    // Both derive their keys at the same moment; each only then puts its key file in place.
    std::variant<QByteArray, QString> first;
    std::variant<QByteArray, QString> second;
    std::thread laptopThread([&] { first = FolderKey::create(folder.path(), Passphrase); });
    std::thread desktopThread([&] { second = FolderKey::create(folder.path(), Passphrase); });
    laptopThread.join();
    desktopThread.join();
    REQUIRE(std::holds_alternative<QByteArray>(first));
    REQUIRE(std::holds_alternative<QByteArray>(second));
    CHECK(std::get<QByteArray>(first) == std::get<QByteArray>(second));
    CHECK(FolderKey::fits(folder.path(), std::get<QByteArray>(first)));
    CHECK(QDir(folder.path()).entryList(QDir::Files) == QStringList{QStringLiteral("confab-key.json")});

    // With another passphrase the device that came second is told so, and holds no key.
    QTemporaryDir other;
    std::thread([&] { first = FolderKey::create(other.path(), Passphrase); }).join();
    second = FolderKey::create(other.path(), QStringLiteral("a different passphrase"));
    REQUIRE(std::holds_alternative<QString>(second));
    CHECK(std::get<QString>(second) == QStringLiteral("the passphrase does not open this sync folder"));

    // Two devices that each enabled encryption in that race read each other's chats.
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    REQUIRE(laptop.engine().unlockFolder(folder.path(), Passphrase).isEmpty());
    REQUIRE(desktop.engine().unlockFolder(folder.path(), Passphrase).isEmpty());
    laptop.fixture().newSession(QStringLiteral("From the laptop"));
    desktop.fixture().newSession(QStringLiteral("From the desktop"));
    laptop.sync(folder.path());
    desktop.sync(folder.path());
    laptop.sync(folder.path());
    CHECK(laptop.canonicalDump() == desktop.canonicalDump());
    CHECK(laptop->sessions()->count(SessionStatus::Active) == 2);
}
