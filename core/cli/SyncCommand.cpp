#include "SyncCommand.h"

#include "cli/Interrupt.h"
#include "cli/Output.h"
#include "cli/PassphraseInput.h"
#include "cli/ProgressLine.h"
#include "engine/Backend.h"
#include "keys/KeyStore.h"
#include "settings/Settings.h"
#include "store/Store.h"
#include "sync/FolderKey.h"
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
    parser.addOption(
        {QStringLiteral("passphrase-file"),
         SyncText::tr("Read the encrypted folder's passphrase from the first line of <file> (else "
                      "CONFAB_SYNC_PASSPHRASE, else a prompt)."),
         QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("encrypt"), SyncText::tr("Encrypt a folder that is synced in plain text.")});
    parser.addOption({QStringLiteral("plain"), SyncText::tr("Sync a new folder without encryption.")});
}

namespace {

// Unlocks an encrypted folder this device has no key for, encrypts a new one (unless --plain) or converts a
// plain one (--encrypt). Ok, or the exit code after saying why not.
int openFolder(const QCommandLineParser &parser, SyncEngine &engine, const QString &folder)
{
    const bool unlock = engine.needsPassphrase(folder);
    const bool encrypt = !FolderKey::present(folder) &&
                         (parser.isSet(QStringLiteral("encrypt")) ||
                          (SyncEngine::isNewFolder(folder) && !parser.isSet(QStringLiteral("plain"))));
    if (!unlock && !encrypt)
        return Ok;
    QString error;
    const auto passphrase = readPassphrase(parser,
                                           unlock ? SyncText::tr("Passphrase of the sync folder: ")
                                                  : SyncText::tr("Choose a passphrase for the sync folder: "),
                                           !unlock, &error);
    if (!passphrase) {
        err(SyncText::tr("confab sync: %1\n")
                .arg(!error.isEmpty() ? error
                     : unlock ? SyncText::tr("the folder is encrypted; give its passphrase on the terminal, "
                                             "with --passphrase-file FILE or in CONFAB_SYNC_PASSPHRASE")
                              : SyncText::tr("a new sync folder is encrypted; choose a passphrase (on the "
                                             "terminal, --passphrase-file FILE or CONFAB_SYNC_PASSPHRASE), "
                                             "or pass --plain")));
        return UsageError;
    }
    if (!unlock && passphrase->size() < FolderKey::MinPassphraseLength) {
        err(SyncText::tr("confab sync: a passphrase needs at least %1 characters\n")
                .arg(FolderKey::MinPassphraseLength));
        return UsageError;
    }
    error = unlock ? engine.unlockFolder(folder, *passphrase) : engine.encryptFolder(folder, *passphrase);
    if (!error.isEmpty()) {
        err(SyncText::tr("confab sync: %1\n").arg(error));
        return Failed;
    }
    return Ok;
}

} // namespace

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
    SyncEngine engine(store->location().databasePath, store->location().imagesDir,
                      backend.keys()->serviceName());
    if (parser.isSet(QStringLiteral("name")))
        engine.setDeviceName(parser.value(QStringLiteral("name")));
    if (const int failed = openFolder(parser, engine, folder); failed != Ok)
        return failed;
    // A first publish or a join takes minutes: a line on the terminal says how far, and Ctrl+C stops after
    // the segment in hand, keeping everything before it.
    Interrupt interrupt;
    SyncReport report;
    {
        ProgressLine progress(SyncText::tr("Syncing…"));
        report = engine.runRound(folder, {[&progress](int done, int total) { progress.update(done, total); },
                                          [&interrupt] { return interrupt.isRequested(); }});
    }
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
            (peer.waiting.isEmpty() ? QString() : SyncText::tr(", waiting: %1").arg(peer.waiting)) +
            (peer.clockAheadMs > 0 ? QStringLiteral("; ") + peer.clockWarning() : QString()) + u'\n');
    }
    return Ok;
}

} // namespace confab::cli
