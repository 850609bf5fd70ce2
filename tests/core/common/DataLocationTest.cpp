#include "common/DataLocation.h"

#include "catch.h"
#include "common/AppInfo.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

using confab::DataLocation;

TEST_CASE("The data folder is never the user's real one under test")
{
    const QString home = QDir::homePath();
    REQUIRE(home.contains(QStringLiteral("confab-test-")));
    REQUIRE(DataLocation::dataDir().startsWith(QDir::tempPath()));
}

TEST_CASE("A data-dir override points the store somewhere else and back")
{
    QTemporaryDir elsewhere;
    DataLocation::setOverride(elsewhere.path() + QStringLiteral("/store"));
    CHECK(DataLocation::databasePath() == elsewhere.path() + QStringLiteral("/store/confab.sqlite"));
    CHECK(QDir(elsewhere.path() + QStringLiteral("/store")).exists());
    DataLocation::setOverride({});
    CHECK_FALSE(DataLocation::dataDir().startsWith(elsewhere.path()));
}

TEST_CASE("CONFAB_DATA_DIR selects the store when no override is given")
{
    QTemporaryDir elsewhere;
    qputenv("CONFAB_DATA_DIR", elsewhere.path().toUtf8());
    CHECK(DataLocation::dataDir() == elsewhere.path());
    CHECK(DataLocation::cacheDir() == elsewhere.path() + QStringLiteral("/cache"));
    qunsetenv("CONFAB_DATA_DIR");
}

TEST_CASE("The version comes from the build")
{
    CHECK(confab::applicationVersion() == QStringLiteral(CONFAB_VERSION));
    CHECK(confab::applicationVersion().count(QLatin1Char('.')) == 2);
}
