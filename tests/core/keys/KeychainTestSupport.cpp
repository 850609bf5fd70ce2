#include "KeychainTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QUuid>

namespace confab::test {

QString uniqueKeychainService()
{
    return QStringLiteral("Confab-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList filesContaining(const QString &secret)
{
#ifdef Q_OS_WIN
    // Where a Windows program writes its files. Not the whole home folder: under Wine its Documents and
    // Desktop lead into the Linux home, whose caches take hours to read.
    QStringList roots{qEnvironmentVariable("APPDATA"), qEnvironmentVariable("LOCALAPPDATA")};
#else
    QStringList roots{QDir::homePath()};
#endif
    for (const char *variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = qEnvironmentVariable(variable);
        if (!dir.isEmpty())
            roots.append(dir);
    }
    roots.removeDuplicates();
    const QByteArray needle = secret.toUtf8();
    QStringList found;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found.append(file.fileName());
        }
    }
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
