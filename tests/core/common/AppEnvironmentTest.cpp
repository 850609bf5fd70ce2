#include "common/AppEnvironment.h"

#include "catch.h"

#include <QDir>
#include <QTemporaryDir>

using confab::AppEnvironment;

TEST_CASE("By default the store lives in the platform's app-data folder, which the test run points elsewhere")
{
    const AppEnvironment environment = AppEnvironment::fromProcess({}, QProcessEnvironment());
#ifdef Q_OS_WIN
    // Windows has no XDG variables to point; Qt's test mode moves every folder under a "qttest" one instead.
    CHECK(environment.dataDir.contains(QStringLiteral("/qttest/")));
#else
    CHECK(environment.dataDir.startsWith(QDir::tempPath()));
#endif
    CHECK(environment.databasePath() == environment.dataDir + QStringLiteral("/confab.sqlite"));
    CHECK(environment.openRouterUrl.isEmpty());
}

TEST_CASE("The --data-dir option wins over CONFAB_DATA_DIR, and the cache follows the chosen folder")
{
    QTemporaryDir option;
    QTemporaryDir variable;
    QProcessEnvironment process;
    process.insert(QStringLiteral("CONFAB_DATA_DIR"), variable.path());

    const AppEnvironment fromVariable = AppEnvironment::fromProcess({}, process);
    CHECK(fromVariable.dataDir == variable.path());
    CHECK(fromVariable.cacheDir == variable.path() + QStringLiteral("/cache"));
    CHECK(QDir(fromVariable.cacheDir).exists());

    const AppEnvironment fromOption =
        AppEnvironment::fromProcess(option.path() + QStringLiteral("/store"), process);
    CHECK(fromOption.databasePath() == option.path() + QStringLiteral("/store/confab.sqlite"));
    CHECK(fromOption.logDir() == option.path() + QStringLiteral("/store/logs"));
}

TEST_CASE("Server overrides and keys come from the environment given, not from the process")
{
    QProcessEnvironment process;
    process.insert(QStringLiteral("CONFAB_OPENROUTER_URL"), QStringLiteral("http://127.0.0.1:9/v1"));
    process.insert(QStringLiteral("CONFAB_FAL_QUEUE_URL"), QStringLiteral("http://127.0.0.1:10"));
    process.insert(QStringLiteral("OPENROUTER_API_KEY"), QStringLiteral("sk-or-v1-from-env"));
    const AppEnvironment environment = AppEnvironment::fromProcess({}, process);
    CHECK(environment.openRouterUrl == QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
    CHECK(environment.falQueueUrl == QUrl(QStringLiteral("http://127.0.0.1:10")));
    CHECK(environment.falStorageUrl.isEmpty());
    CHECK(environment.keySource.value(QStringLiteral("OPENROUTER_API_KEY")) ==
          QStringLiteral("sk-or-v1-from-env"));

    QTemporaryDir folder;
    const AppEnvironment isolated = AppEnvironment::inFolder(folder.path());
    CHECK(isolated.keySource.isEmpty());
    CHECK(isolated.openRouterUrl.isEmpty());
}
