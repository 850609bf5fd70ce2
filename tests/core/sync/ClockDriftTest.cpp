#include "SyncedDevice.h"
#include "catch.h"
#include "store/Sql.h"
#include "sync/HybridClock.h"
#include "sync/SyncFolder.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace confab;

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;
// 80 years of 365.25 days: a clock set to the next century.
constexpr qint64 EightyYearsMs = 29'220 * DayMs;

QString shiftedStamp(const QJsonValue &text)
{
    HlcStamp stamp = HlcStamp::parse(text.toString()).value();
    stamp.wallMs += EightyYearsMs;
    return stamp.toString();
}

// Rewrites a device's published segment as that device would have written it with its clock 80 years
// ahead: every stamp and the header's time moved, sealed again.
void moveIntoTheFuture(const QString &folder, const QString &device, qint64 seq)
{
    const SyncFolder sync(folder);
    Segment segment = std::get<Segment>(sync.readSegment(device, seq));
    segment.writtenAtMs += EightyYearsMs;
    for (QJsonObject &record : segment.records) {
        if (record.contains(QStringLiteral("h")))
            record.insert(QStringLiteral("h"), shiftedStamp(record.value(QStringLiteral("h"))));
        QJsonObject fields = record.value(QStringLiteral("fields")).toObject();
        for (auto field = fields.begin(); field != fields.end(); ++field) {
            QJsonObject change = field.value().toObject();
            change.insert(QStringLiteral("h"), shiftedStamp(change.value(QStringLiteral("h"))));
            field.value() = change;
        }
        if (!fields.isEmpty())
            record.insert(QStringLiteral("fields"), fields);
    }
    QString error;
    REQUIRE(sync.writeSegment(segment, &error));
}

qint64 clockOf(test::SyncedDevice &device)
{
    const QString text = sql::scalar(device->database().connection(),
                                     QStringLiteral("SELECT value FROM sync_state WHERE key = 'hlc'"))
                             .toString();
    return HlcStamp::parse(text).value().wallMs;
}

} // namespace

TEST_CASE("Sync: a device whose clock is 80 years ahead neither drags this clock nor wins over honest edits")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    test::SyncedDevice future;
    const Session chat = laptop.fixture().newSession(QStringLiteral("Plans"));
    REQUIRE(laptop.sync(folder.path()).completed);
    REQUIRE(future.sync(folder.path()).appliedSegments == 1);

    // The device set to 2106 renames the chat and starts one of its own.
    future->sessions()->rename(future.sessionId(laptop.gidOfSession(chat.id)), QStringLiteral("From 2106"));
    const Session own = future.fixture().newSession(QStringLiteral("Written in 2106"));
    future.fixture().addMessage(own.id, MessageRole::User, QStringLiteral("hello from the future"));
    REQUIRE(future.sync(folder.path()).publishedSegments == 1);
    moveIntoTheFuture(folder.path(), future.engine().deviceId(), 1);

    const SyncReport applied = laptop.sync(folder.path());
    REQUIRE(applied.appliedSegments == 1);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    CHECK(clockOf(laptop) < now + HybridClock::MaxDriftMs);
    // Its new chat and message arrive; its rename of a chat stamped honestly does not win.
    CHECK(laptop.sessionId(future.gidOfSession(own.id)) > 0);
    CHECK(laptop->sessions()->get(chat.id)->title == QStringLiteral("Plans"));

    // Settings → Sync names the device and how far ahead it is.
    REQUIRE(applied.peers.size() == 1);
    const SyncPeer &peer = applied.peers.first();
    CHECK(peer.device == future.engine().deviceId());
    CHECK(peer.clockAheadMs > EightyYearsMs - DayMs);
    // Written a moment before this round read it, so a little short of the whole 80 years.
    CHECK(peer.clockWarning().contains(QStringLiteral("29219")));

    // This device's next edit is stamped now, and wins on a device that applies both.
    laptop->sessions()->rename(chat.id, QStringLiteral("Plans for May"));
    REQUIRE(laptop.sync(folder.path()).publishedSegments == 1);
    CHECK(clockOf(laptop) < QDateTime::currentMSecsSinceEpoch() + HybridClock::MaxDriftMs);
    const SyncFolder sync(folder.path());
    const Segment published = std::get<Segment>(sync.readSegment(laptop.engine().deviceId(), 2));
    const QString stamp = published.records.first()
                              .value(QStringLiteral("fields"))
                              .toObject()
                              .value(QStringLiteral("title"))
                              .toObject()
                              .value(QStringLiteral("h"))
                              .toString();
    CHECK(std::abs(HlcStamp::parse(stamp)->wallMs - QDateTime::currentMSecsSinceEpoch()) < 60'000);

    REQUIRE(desktop.sync(folder.path()).completed);
    CHECK(desktop->sessions()->get(desktop.sessionId(laptop.gidOfSession(chat.id)))->title ==
          QStringLiteral("Plans for May"));
    CHECK(laptop.canonicalDump() == desktop.canonicalDump());
}

TEST_CASE("Sync: a clock once dragged decades ahead stamps this device's next edit with its wall clock")
{
    // What an older version left behind after one segment from 2106: the kept clock far ahead.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    HybridClock clock(QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
                      HlcStamp{now + EightyYearsMs, 3, QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")});
    const HlcStamp next = clock.stamp(now);
    CHECK(next.wallMs == now);
    CHECK(next < clock.stamp(now));
    CHECK_FALSE(clock.observe(HlcStamp{now + 2 * HybridClock::MaxDriftMs, 0, QStringLiteral("b")}, now));
    CHECK(clock.observe(HlcStamp{now + HybridClock::MaxDriftMs / 2, 0, QStringLiteral("b")}, now));
    CHECK(clock.last().wallMs == now + HybridClock::MaxDriftMs / 2);
}
