#include "SyncCommand.h"

#include "cli/Output.h"
#include "engine/Backend.h"
#include "settings/Settings.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"
#include "sync/SyncText.h"

#include <QCommandLineParser>
#include <QDir>

namespace confab::cli {

void addSyncOptions(const QString &, QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("folder"),
         SyncText::tr("The shared folder (Syncthing, Dropbox, …); default: the one set in Settings."),
         QStringLiteral("dir")});
    parser.addOption({QStringLiteral("name"), SyncText::tr("Call this device <name> from now on."),
                      QStringLiteral("name")});
}

int runSyncCommand(const QString &, const QCommandLineParser &parser, Backend &backend)
{
    QString folder = parser.value(QStringLiteral("folder"));
    if (folder.isEmpty())
        folder = backend.settings()->value(SettingKey::SyncFolder).toString();
    if (folder.isEmpty()) {
        err(SyncText::tr(
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
    out(SyncText::tr("This device: %1 (%2)\nFolder: %3\n").arg(report.deviceName, report.deviceId, folder));
    out(report.summary() + u'\n');
    for (const SyncPeer &peer : report.peers) {
        const QString when = peer.lastChange.isValid() ? peer.lastChange.toLocalTime().toString(Qt::ISODate)
                                                       : SyncText::tr("never", "no change applied yet");
        out(SyncText::tr("Device %1 (%2): %n segment(s) applied, last change %3", nullptr,
                         int(peer.appliedSegments))
                .arg(peer.name.isEmpty() ? QStringLiteral("?") : peer.name, peer.device.left(8), when) +
            (peer.waiting.isEmpty() ? QString() : SyncText::tr(", waiting: %1").arg(peer.waiting)) + u'\n');
    }
    return Ok;
}

} // namespace confab::cli
