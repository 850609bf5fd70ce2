#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace confab {

// Where Confab keeps its files and which servers and keys it uses, decided once at start-up and handed to
// Backend, the one place that builds the app's services. Nothing below Backend reads the process environment
// or a global override, so a test builds a whole app around a temporary folder and local servers by filling
// this in.
struct AppEnvironment
{
    QString dataDir;         // the store, its images and the logs
    QString cacheDir;        // the model list and thumbnails: anything that can be rebuilt
    QString settingsFile;    // empty: the platform's settings file
    QString keychainService; // empty: the app's own keychain entries
    // Where keys given outside the keychain come from: OPENROUTER_API_KEY, FAL_KEY (or FAL_KEY_ID +
    // FAL_KEY_SECRET).
    QProcessEnvironment keySource;
    // A server to use instead of the one in Settings (CONFAB_OPENROUTER_URL, CONFAB_FAL_QUEUE_URL,
    // CONFAB_FAL_STORAGE_URL, CONFAB_FAL_PLATFORM_URL): a local model server, or the protocol servers of the
    // tests. A local storage server named without a platform server also answers fal's Platform API, so a
    // local setup never reaches the real one.
    QUrl openRouterUrl;
    QUrl falQueueUrl;
    QUrl falStorageUrl;
    QUrl falPlatformUrl;

    // The running process's: --data-dir (dataDirOption) wins over CONFAB_DATA_DIR, which wins over the
    // platform's app-data folder; the cache follows the data folder when either is given.
    static AppEnvironment
    fromProcess(const QString &dataDirOption = {},
                const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // CONFAB_SETTINGS_FILE, an INI file to keep the settings in instead of the platform's (Confab.conf in
    // ~/.config/Confab, %APPDATA%\Confab\Confab.ini, ~/.config/Confab/Confab.ini on macOS): the one way, on
    // every platform, to run Confab with settings of its own, as the tests do. Empty when not set.
    static QString settingsFileFrom(const QProcessEnvironment &environment);
    // Everything in one folder, nothing from the process: no keys, no server overrides.
    static AppEnvironment inFolder(const QString &folder);

    QString databasePath() const { return dataDir + QStringLiteral("/confab.sqlite"); }
    QString imagesDir() const { return dataDir + QStringLiteral("/images"); }
    QString logDir() const { return dataDir + QStringLiteral("/logs"); }
    QString thumbnailsDir() const { return cacheDir + QStringLiteral("/thumbnails"); }
    QString modelCachePath() const { return cacheDir + QStringLiteral("/models.json"); }
};

} // namespace confab
