#include "sync/SyncService.h"

#include "SyncedDevice.h"
#include "TestStore.h"
#include "Wait.h"
#include "catch.h"
#include "settings/Settings.h"
#include "store/ChangeFeed.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace confab;

TEST_CASE("Sync in the app: a batch applied from another device starts no further round, a CLI chat does")
{
    QTemporaryDir folder;
    {
        test::SyncedDevice desktop;
        const Session chat = desktop->sessions()->create(QStringLiteral("Started on the desktop")).value();
        NewMessage question;
        question.sessionId = chat.id;
        question.content = QStringLiteral("Which trains go to Porto?");
        REQUIRE(desktop->messages()->create(question));
        REQUIRE(desktop.sync(folder.path()).publishedRecords == 2);
    }

    // The laptop's window: its store, the change feed and the sync service, as Backend::startSync builds
    // them.
    test::TestStore laptop;
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(SettingKey::SyncFolder, folder.path());
    laptop.store().changes()->start();
    QSignalSpy batches(laptop.store().changes(), &ChangeFeed::batchRead);
    SyncService sync(&laptop.store(), &settings);
    QSignalSpy started(&sync, &SyncService::roundStarted);
    QSignalSpy finished(&sync, &SyncService::roundFinished);

    REQUIRE(test::waitUntil([&] { return !finished.isEmpty(); }, 10000));
    CHECK(finished.first().first().value<SyncReport>().appliedRecords == 2);
    // The window hears of the applied chat through the feed...
    REQUIRE(test::waitUntil([&] { return !batches.isEmpty(); }, 2000));
    // ...and that is no reason for another round: it has nothing to send.
    test::spinFor(SyncService::SettleMs + 1000);
    CHECK(started.size() == 1);

    // A chat written by `confab chat` on this laptop (its own connection) is sent out soon after.
    Store cli(laptop.location());
    REQUIRE(cli.open().isOpen());
    REQUIRE(cli.sessions()->create(QStringLiteral("Asked in the terminal")));
    REQUIRE(test::waitUntil([&] { return finished.size() == 2; }, 10000));
    CHECK(started.size() == 2);
    CHECK(finished.last().first().value<SyncReport>().publishedRecords == 1);
}
