#include "SyncthingPair.h"
#include "TestStore.h"
#include "Wait.h"
#include "catch.h"
#include "store/Store.h"
#include "sync/SyncFolder.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <iostream>

using namespace confab;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

// The folder is encrypted (the default for a new one); both machines are given its passphrase the way a
// script would, through the environment.
const QString Passphrase = QStringLiteral("harbour lantern quiet seventeen");

Run confabSync(const QString &dataDir, const QString &folder)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CONFAB_SYNC_PASSPHRASE"), Passphrase);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONFAB_BINARY), {QStringLiteral("sync"), QStringLiteral("--data-dir"),
                                                  dataDir, QStringLiteral("--folder"), folder});
    REQUIRE(process.waitForFinished(30000));
    return {process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

// Files under `from` (the folder key file, sealed segments and images, no temporary ones) arrived whole under
// `to`.
bool arrived(const QString &from, const QString &to)
{
    QDirIterator files(from, {QStringLiteral("*.sealed")}, QDir::Files, QDirIterator::Subdirectories);
    QDirIterator images(from + QStringLiteral("/images"), QDir::Files);
    QStringList names{QStringLiteral("/confab-key.json")};
    while (files.hasNext())
        names << files.next().mid(from.size());
    while (images.hasNext())
        names << images.next().mid(from.size());
    for (const QString &name : names) {
        QFile a(from + name);
        QFile b(to + name);
        if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly) || a.readAll() != b.readAll())
            return false;
    }
    return names.size() > 1;
}

// Whether any file in the folder holds `text` as it is.
bool anyFileHolds(const QString &root, const QByteArray &text)
{
    QDirIterator files(root, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE(
    "Sync end to end: two Syncthing instances on loopback carry chats between two Confab stores through an "
    "encrypted folder")
{
    QElapsedTimer clock;
    clock.start();
    test::SyncthingPair syncthing;
    const QString unavailable = syncthing.start();
    if (!unavailable.isEmpty()) {
        std::cout << "SKIPPED: " << unavailable.toStdString() << std::endl;
        return;
    }
    const QString laptopData = syncthing.root() + QStringLiteral("/laptop-data");
    const QString desktopData = syncthing.root() + QStringLiteral("/desktop-data");
    QString picture;
    {
        Store laptop(StoreLocation::inFolder(laptopData));
        REQUIRE(laptop.open().isOpen());
        const Session chat = laptop.sessions()->create(QStringLiteral("Planned on the laptop")).value();
        NewMessage question;
        question.sessionId = chat.id;
        question.content = QStringLiteral("Draw me a red square");
        REQUIRE(laptop.messages()->create(question));
        const StoredImage image = laptop.images()->store(test::imageBytes(Qt::red));
        picture = image.hash;
        NewMessage answer;
        answer.sessionId = chat.id;
        answer.role = MessageRole::Assistant;
        answer.contentType = ContentType::Image;
        answer.images = {
            MessageImage{image.hash, ImageRole::Output, image.width, image.height, image.mime, 0}};
        REQUIRE(laptop.messages()->create(answer));
    }
    const Run published = confabSync(laptopData, syncthing.folder(0));
    INFO(published.out.toStdString());
    REQUIRE(published.exitCode == 0);
    CHECK(published.out.contains(QStringLiteral("Published 3 changes")));

    REQUIRE(test::waitUntil([&] { return arrived(syncthing.folder(0), syncthing.folder(1)); }, 30000));
    // What Syncthing carried (and a cloud provider would hold) is sealed.
    CHECK_FALSE(anyFileHolds(syncthing.folder(1), "Planned on the laptop"));
    CHECK_FALSE(anyFileHolds(syncthing.folder(1), "red square"));
    const Run applied = confabSync(desktopData, syncthing.folder(1));
    INFO(applied.out.toStdString());
    REQUIRE(applied.exitCode == 0);
    CHECK(applied.out.contains(QStringLiteral("applied 3 changes")));
    {
        Store desktop(StoreLocation::inFolder(desktopData));
        REQUIRE(desktop.open().isOpen());
        const QList<Session> sessions = desktop.sessions()->list(SessionStatus::Active);
        REQUIRE(sessions.size() == 1);
        CHECK(sessions.first().title == QStringLiteral("Planned on the laptop"));
        CHECK(desktop.messages()->count(sessions.first().id) == 2);
        CHECK(desktop.images()->contains(picture));
        desktop.sessions()->rename(sessions.first().id, QStringLiteral("Finished on the desktop"));
    }

    REQUIRE(confabSync(desktopData, syncthing.folder(1)).exitCode == 0);
    REQUIRE(test::waitUntil([&] { return arrived(syncthing.folder(1), syncthing.folder(0)); }, 30000));
    const Run back = confabSync(laptopData, syncthing.folder(0));
    REQUIRE(back.exitCode == 0);
    CHECK(back.out.contains(QStringLiteral("applied 1 change from")));
    {
        Store laptop(StoreLocation::inFolder(laptopData));
        REQUIRE(laptop.open().isOpen());
        CHECK(laptop.sessions()->list(SessionStatus::Active).first().title ==
              QStringLiteral("Finished on the desktop"));
    }
    // Nothing left to do on either side.
    CHECK(confabSync(laptopData, syncthing.folder(0))
              .out.contains(QStringLiteral("Published 0 changes in 0 segments; applied 0")));
    CHECK(confabSync(desktopData, syncthing.folder(1))
              .out.contains(QStringLiteral("Published 0 changes in 0 segments; applied 0")));
    CHECK(clock.elapsed() < 60000);
}
