#pragma once

#include <QString>

namespace confab {

// Where the store, images and caches live. Defaults to the platform's app-data folder; the command line's
// --data-dir (or CONFAB_DATA_DIR) points a run at another store without touching the default one.
class DataLocation
{
public:
    static QString dataDir();
    static QString cacheDir();
    static void setOverride(const QString &dir);

    static QString databasePath() { return dataDir() + QStringLiteral("/confab.sqlite"); }
    static QString imagesDir() { return dataDir() + QStringLiteral("/images"); }
};

} // namespace confab
