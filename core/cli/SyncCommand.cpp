#include "SyncCommand.h"

#include "cli/Output.h"
#include "engine/Backend.h"
#include "settings/Settings.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QDir>

namespace confab::cli {

void addSyncOptions(const QString &command, QCommandLineParser &parser)
{
    if (command != QStringLiteral("sync"))
        return;
    parser.addOption(
        {QStringLiteral("folder"),
         QStringLiteral("The shared folder (Syncthing, Dropbox, …); default: the one set in Settings."),
         QStringLiteral("dir")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Call this device <name> from now on."),
                      QStringLiteral("name")});
}

int runSyncCommand(const QCommandLineParser &parser, Backend &backend)
{
    QString folder = parser.value(QStringLiteral("folder"));
    if (folder.isEmpty())
        folder = backend.settings()->value(SettingKey::SyncFolder).toString();
    if (folder.isEmpty()) {
        err(QStringLiteral(
            "confab sync: no sync folder; pass --folder DIR or choose one in Settings → Sync.\n"));
        return UsageError;
    }
    folder = QDir(folder).absolutePath();

    Store *store = backend.store();
    SyncEngine engine(store->location().databasePath, store->location().imagesDir);
    if (parser.isSet(QStringLiteral("name")))
        engine.setDeviceName(parser.value(QStringLiteral("name")));
    const SyncReport report = engine.runRound(folder);
    if (!report.completed) {
        err(report.summary() + u'\n');
        return Failed;
    }
    out(QStringLiteral("This device: %1 (%2)\nFolder: %3\n").arg(report.deviceName, report.deviceId, folder));
    out(report.summary() + u'\n');
    for (const SyncPeer &peer : report.peers) {
        out(QStringLiteral("Device %1 (%2): %3 segment(s) applied, last change %4%5\n")
                .arg(peer.name.isEmpty() ? QStringLiteral("?") : peer.name, peer.device.left(8))
                .arg(peer.appliedSegments)
                .arg(peer.lastChange.isValid() ? peer.lastChange.toLocalTime().toString(Qt::ISODate)
                                               : QStringLiteral("never"))
                .arg(peer.waiting.isEmpty() ? QString() : QStringLiteral(", waiting: ") + peer.waiting));
    }
    return Ok;
}

} // namespace confab::cli
