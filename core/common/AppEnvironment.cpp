#include "common/AppEnvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace confab {

namespace {
QString ensured(const QString &path)
{
    QDir().mkpath(path);
    return path;
}

QUrl urlFrom(const QProcessEnvironment &environment, const QString &variable)
{
    const QString value = environment.value(variable);
    return value.isEmpty() ? QUrl() : QUrl(value);
}
} // namespace

AppEnvironment AppEnvironment::fromProcess(const QString &dataDirOption,
                                           const QProcessEnvironment &environment)
{
    QString chosen = dataDirOption;
    if (chosen.isEmpty())
        chosen = environment.value(QStringLiteral("CONFAB_DATA_DIR"));
    AppEnvironment result = chosen.isEmpty() ? AppEnvironment{} : inFolder(QDir(chosen).absolutePath());
    if (chosen.isEmpty()) {
        // The history can grow to gigabytes, so on Windows it stays in %LOCALAPPDATA%, out of a roaming
        // profile that is copied at every sign-in; elsewhere both names are the same folder.
        result.dataDir = ensured(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
        result.cacheDir = ensured(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    }
    result.settingsFile = settingsFileFrom(environment);
    result.keySource = environment;
    result.openRouterUrl = urlFrom(environment, QStringLiteral("CONFAB_OPENROUTER_URL"));
    result.falQueueUrl = urlFrom(environment, QStringLiteral("CONFAB_FAL_QUEUE_URL"));
    result.falStorageUrl = urlFrom(environment, QStringLiteral("CONFAB_FAL_STORAGE_URL"));
    result.falPlatformUrl = urlFrom(environment, QStringLiteral("CONFAB_FAL_PLATFORM_URL"));
    return result;
}

QString AppEnvironment::settingsFileFrom(const QProcessEnvironment &environment)
{
    const QString file = environment.value(QStringLiteral("CONFAB_SETTINGS_FILE"));
    return file.isEmpty() ? QString() : QFileInfo(file).absoluteFilePath();
}

AppEnvironment AppEnvironment::inFolder(const QString &folder)
{
    AppEnvironment result;
    result.dataDir = ensured(folder);
    result.cacheDir = ensured(folder + QStringLiteral("/cache"));
    return result;
}

} // namespace confab
