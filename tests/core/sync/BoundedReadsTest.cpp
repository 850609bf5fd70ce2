#include "SyncedDevice.h"
#include "catch.h"
#include "sync/SyncFolder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace confab;

namespace {

const QString Stranger = QStringLiteral("5555aaaa5555aaaa5555aaaa5555aaaa");

// Writes `bytes` of 'x' and then `tail`, a megabyte at a time, so the test itself holds little.
void writeLarge(const QString &path, qint64 bytes, const QByteArray &tail)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QByteArray chunk(1 << 20, 'x');
    for (qint64 written = 0; written < bytes; written += chunk.size())
        REQUIRE(file.write(chunk.left(std::min<qint64>(chunk.size(), bytes - written))) > 0);
    file.write(tail);
}

#ifdef Q_OS_LINUX
// The process's peak resident memory (kB) since the last reset; the reset makes the peak the current size.
qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    REQUIRE(status.open(QIODevice::ReadOnly));
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

void resetPeakResident()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    REQUIRE(clear.open(QIODevice::WriteOnly));
    clear.write("5");
}
#endif

} // namespace

TEST_CASE("Sync: a 300 MB one-line segment is refused with a status, without reading it")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    const SyncFolder sync(folder.path());
    writeLarge(sync.segmentPath(Stranger, 1), 300LL * 1024 * 1024, "\n");

#ifdef Q_OS_LINUX
    resetPeakResident();
    const qint64 before = peakResidentKb();
#endif
    const SyncReport report = laptop.sync(folder.path());
#ifdef Q_OS_LINUX
    const qint64 grew = peakResidentKb() - before;
    INFO("the round's peak grew by " << grew << " kB");
    CHECK(grew < 32 * 1024);
#endif
    CHECK(report.completed);
    CHECK(report.appliedSegments == 0);
    REQUIRE(report.waiting.size() == 1);
    CHECK(report.waiting.first().contains(QStringLiteral("segment 1 is 300 MB, more than the 64 MB")));
    REQUIRE(report.peers.size() == 1);
    CHECK(report.peers.first().appliedSegments == 0);
}

TEST_CASE("Sync: a record larger than the per-record cap is refused, and nothing of its segment applies")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    const SyncFolder sync(folder.path());
    const QByteArray header = "{\"confab-sync\":1,\"device\":\"" + Stranger.toLatin1() +
                              "\",\"name\":\"Big\",\"seq\":1,\"written\":1}\n"
                              "{\"t\":\"session\",\"gid\":\"g1\",\"created\":1,\"fields\":{}}\n";
    const QString path = sync.segmentPath(Stranger, 1);
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(header);
    }
    // Appended: one line of 17 MB, under the segment's cap but over a record's.
    QFile file(path);
    REQUIRE(file.open(QIODevice::Append));
    file.write(QByteArray(17 * 1024 * 1024, 'y'));
    file.write("\n{\"end\":2,\"sha256\":\"00\"}\n");
    file.close();

    const SyncReport report = laptop.sync(folder.path());
    CHECK(report.completed);
    CHECK(report.appliedRecords == 0);
    REQUIRE(report.waiting.size() == 1);
    CHECK(report.waiting.first().contains(QStringLiteral("larger than 16 MB")));
    CHECK(laptop->sessions()->count(SessionStatus::Active) == 0);
}

TEST_CASE("Sync: a picture larger than the cap is never read, and its message waits with a status")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    const SyncFolder sync(folder.path());
    const QString hash(64, u'e');
    writeLarge(sync.imagePath(hash), SyncFolder::MaxImageBytes + 1, {});
    const QJsonObject image{{QStringLiteral("hash"), hash},
                            {QStringLiteral("role"), QStringLiteral("output")}};
    QJsonObject message{{QStringLiteral("t"), QStringLiteral("message")},
                        {QStringLiteral("gid"), QStringLiteral("m1")},
                        {QStringLiteral("session"), QStringLiteral("s1")},
                        {QStringLiteral("h"), QString(QStringLiteral("000000000001000-000000-") + Stranger)},
                        {QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("content_type"), QStringLiteral("image")},
                        {QStringLiteral("status"), QStringLiteral("completed")}};
    message.insert(QStringLiteral("images"), QJsonArray{image});
    QString error;
    REQUIRE(QDir().mkpath(sync.deviceDir(Stranger)));
    REQUIRE(sync.writeSegment(Segment{Stranger, QStringLiteral("Big pictures"), 1, 1, {message}}, &error));

    const SyncReport report = laptop.sync(folder.path());
    CHECK(report.completed);
    CHECK(report.appliedRecords == 0);
    REQUIRE(report.waiting.size() == 1);
    CHECK(report.waiting.first().contains(QStringLiteral("larger than 64 MB")));
    CHECK_FALSE(laptop->images()->contains(hash));
}
