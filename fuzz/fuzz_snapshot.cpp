// What another device (or whoever can write to the sync folder) puts there as a snapshot: its manifest read
// through snapshots::newest and a part through SyncFolder::readSnapshotPart, in a plain folder (so the
// manifest's JSON is reached at once) and in an encrypted one (a fixed folder key stands in for the one in
// the keychain). Each is used or refused with a reason; none crashes the reader or reads beyond its caps.
// The first byte picks the file and the folder.
#include "FuzzSupport.h"
#include "sync/FolderKey.h"
#include "sync/SyncFolder.h"
#include "sync/SyncSnapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

const QString Device = QStringLiteral("0123456789abcdef0123456789abcdef");

QTemporaryDir *dir = nullptr;

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
    dir = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes = confab::fuzz::bytesOf(data + 1, size - 1);
    const bool sealed = data[0] & 1;
    const confab::SyncFolder folder(dir->path(),
                                    sealed ? QByteArray(confab::FolderKey::KeyBytes, '\x2a') : QByteArray());
    QDir(folder.deviceDir(Device)).removeRecursively();
    if (data[0] & 2) {
        put(folder.snapshotPath(Device, 7, 3), bytes);
        (void)folder.readSnapshotPart(Device, 7, 3);
    } else {
        put(folder.snapshotPath(Device, 7, 0), bytes);
        (void)confab::snapshots::newest(folder, Device);
    }
    return 0;
}
