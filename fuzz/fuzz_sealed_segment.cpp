// What another device (or whoever can write to the sync folder) puts there for an encrypted folder: a sealed
// segment read through SyncFolder::readSegment, a sealed picture through takeImage, and a folder key file
// through its parser (folderId, fits). Each is used or refused with a reason; none crashes the reader or
// reads beyond its caps. The first byte picks the file; a fixed folder key stands in for the one in the
// keychain, so inputs sealed with it (the seed corpus) reach the record parser.
#include "FuzzSupport.h"
#include "sync/FolderKey.h"
#include "sync/SyncFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

const QString Device = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString Picture(64, u'a');

struct Target
{
    QTemporaryDir dir;
    QByteArray key = QByteArray(confab::FolderKey::KeyBytes, '\x2a');
};

Target *target = nullptr;

void put(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    confab::fuzz::silenceQtMessages();
    new QCoreApplication(*argc, *argv);
    target = new Target;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes = confab::fuzz::bytesOf(data + 1, size - 1);
    const QString root = target->dir.path();
    const confab::SyncFolder folder(root, target->key);
    switch (data[0] % 3) {
    case 0:
        put(folder.segmentPath(Device, 1), bytes);
        (void)folder.readSegment(Device, 1);
        break;
    case 1:
        put(folder.imagePath(Picture), bytes);
        (void)folder.takeImage(Picture);
        break;
    default:
        put(confab::FolderKey::filePath(root), bytes);
        (void)confab::FolderKey::folderId(root);
        (void)confab::FolderKey::fits(root, target->key);
        break;
    }
    return 0;
}
