#include "DataLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace confab {

namespace {
QString &overrideDir()
{
    static QString dir;
    return dir;
}

QString ensured(const QString &path)
{
    QDir().mkpath(path);
    return path;
}
} // namespace

void DataLocation::setOverride(const QString &dir)
{
    overrideDir() = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
}

QString DataLocation::dataDir()
{
    if (!overrideDir().isEmpty())
        return ensured(overrideDir());
    const QString env = qEnvironmentVariable("CONFAB_DATA_DIR");
    if (!env.isEmpty())
        return ensured(QDir(env).absolutePath());
    return ensured(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString DataLocation::cacheDir()
{
    if (!overrideDir().isEmpty())
        return ensured(overrideDir() + QStringLiteral("/cache"));
    const QString env = qEnvironmentVariable("CONFAB_DATA_DIR");
    if (!env.isEmpty())
        return ensured(QDir(env).absolutePath() + QStringLiteral("/cache"));
    return ensured(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
}

} // namespace confab
