#include "SyncedDevice.h"
#include "catch.h"
#include "sync/SyncPublisher.h"

#include <QTemporaryDir>

using namespace confab;

TEST_CASE("Sync: a long round reports its progress, stops when asked, and keeps what it applied")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    // Two segments' worth of chats.
    for (int i = 0; i < SyncPublisher::RecordsPerSegment + 10; ++i)
        laptop->sessions()->create(QStringLiteral("chat %1").arg(i));

    QList<QPair<int, int>> published;
    const SyncReport publish = laptop.engine().runRound(
        folder.path(), {[&published](int done, int total) { published << qMakePair(done, total); }, {}});
    REQUIRE(publish.publishedSegments == 2);
    CHECK(published == QList<QPair<int, int>>{{1, 2}, {2, 2}});

    // The desktop joins and is stopped after its first segment.
    QList<QPair<int, int>> applied;
    const SyncReport stopped = desktop.engine().runRound(
        folder.path(), {[&applied](int done, int total) { applied << qMakePair(done, total); },
                        [&applied] { return !applied.isEmpty(); }});
    CHECK(stopped.completed);
    CHECK(stopped.cancelled);
    CHECK(stopped.appliedSegments == 1);
    CHECK(applied == QList<QPair<int, int>>{{1, 2}});
    CHECK(desktop->sessions()->count(SessionStatus::Active) == SyncPublisher::RecordsPerSegment);
    CHECK(stopped.summary().startsWith(QStringLiteral("Stopped.")));

    const SyncReport rest = desktop.sync(folder.path());
    CHECK(rest.appliedSegments == 1);
    CHECK(laptop.canonicalDump() == desktop.canonicalDump());
}
