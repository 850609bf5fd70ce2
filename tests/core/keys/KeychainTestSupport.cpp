#include "KeychainTestSupport.h"

#include <QDir>
#include <QFile>
#include <QUuid>

namespace confab::test {

QString uniqueKeychainService()
{
    return QStringLiteral("Confab-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace {

// Every file below `folder` that holds `needle`, links not followed (they lead out of the folder the program
// wrote). `skipped` names folders left out.
void collectFilesContaining(const QString &folder, const QByteArray &needle, const QStringList &skipped,
                            QStringList *found)
{
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink() || entry.isJunction() || entry.isShortcut() ||
            skipped.contains(entry.filePath()))
            continue;
        if (entry.isDir()) {
            collectFilesContaining(entry.filePath(), needle, skipped, found);
            continue;
        }
        QFile file(entry.filePath());
        if (entry.isFile() && file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found->append(entry.filePath());
    }
}

} // namespace

QStringList filesContaining(const QString &secret)
{
#ifdef Q_OS_WIN
    // Where a Windows program writes its files, without Windows' own shell folders (Start Menu, Templates,
    // …): under Wine those lead into the Linux home, as plain folders, not links, and its caches take hours
    // to read.
    QStringList roots{QDir::fromNativeSeparators(qEnvironmentVariable("APPDATA")),
                      QDir::fromNativeSeparators(qEnvironmentVariable("LOCALAPPDATA"))};
    QStringList skipped;
    for (const QString &root : std::as_const(roots))
        skipped.append(root + QStringLiteral("/Microsoft"));
#else
    QStringList roots{QDir::homePath()};
    const QStringList skipped;
#endif
    for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = qEnvironmentVariable(variable);
        if (!dir.isEmpty())
            roots.append(dir);
    }
    roots.removeDuplicates();
    QStringList found;
    for (const QString &root : std::as_const(roots))
        if (!root.isEmpty())
            collectFilesContaining(root, secret.toUtf8(), skipped, &found);
    return found;
}

bool hasSessionBus()
{
#ifdef Q_OS_WIN
    // Windows' Credential Manager needs no session to be started first; every signed-in user has one.
    return true;
#else
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#endif
}

} // namespace confab::test
