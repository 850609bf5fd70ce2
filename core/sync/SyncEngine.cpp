#include "sync/SyncEngine.h"

#include "sync/HybridClock.h"
#include "sync/SyncApplier.h"
#include "sync/SyncConnection.h"
#include "sync/SyncFolder.h"
#include "sync/SyncPublisher.h"
#include "sync/SyncText.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

namespace confab {
namespace {

// A tr() string holds one %n, so each count of the summary is a phrase of its own.
QString changes(int count)
{
    return SyncText::tr("%n change(s)", "in the sync summary", count);
}

QString segments(int count)
{
    return SyncText::tr("%n segment(s)", "after “in” and “from” in the sync summary", count);
}

} // namespace

QString SyncReport::summary() const
{
    if (!completed)
        return SyncText::tr("Sync failed: %1").arg(error);
    //: %1 and %3 are “%n change(s)”, %2 and %4 “%n segment(s)”.
    QString text = SyncText::tr("Published %1 in %2; applied %3 from %4.")
                       .arg(changes(publishedRecords), segments(publishedSegments), changes(appliedRecords),
                            segments(appliedSegments));
    for (const QString &reason : waiting)
        text += u'\n' + SyncText::tr("Waiting: %1").arg(reason);
    return text;
}

SyncEngine::SyncEngine(QString databasePath, QString imagesDir)
    : m_databasePath(std::move(databasePath))
    , m_imagesDir(std::move(imagesDir))
{}

SyncEngine::~SyncEngine() = default;

bool SyncEngine::connect(QString *error)
{
    if (!m_connection || !m_connection->isOpen() || !m_connection->openError().isEmpty())
        m_connection = std::make_unique<SyncConnection>(m_databasePath);
    if (!m_connection->openError().isEmpty()) {
        *error = m_connection->openError();
        return false;
    }
    return true;
}

QString SyncEngine::deviceId()
{
    QString error;
    if (!connect(&error))
        return {};
    // Two processes starting at once agree on one id: the first insert wins and both read it back.
    m_connection->run(QStringLiteral("INSERT OR IGNORE INTO sync_state (key, value) VALUES ('device', ?)"),
                      {QUuid::createUuid().toString(QUuid::Id128)});
    return m_connection->state(QStringLiteral("device"));
}

QString SyncEngine::deviceName()
{
    QString error;
    if (!connect(&error))
        return {};
    const QString name = m_connection->state(QStringLiteral("device_name"));
    return name.isEmpty() ? QSysInfo::machineHostName() : name;
}

bool SyncEngine::setDeviceName(const QString &name)
{
    QString error;
    return connect(&error) && m_connection->setState(QStringLiteral("device_name"), name.trimmed());
}

QList<SyncPeer> SyncEngine::peers()
{
    QList<SyncPeer> peers;
    QString error;
    if (!connect(&error))
        return peers;
    auto query = m_connection->run(QStringLiteral(
        "SELECT device, name, applied_seq, last_applied_at, waiting FROM sync_peer ORDER BY name, device"));
    while (query && query->next()) {
        const qint64 lastChange = query->value(3).toLongLong();
        peers << SyncPeer{query->value(0).toString(), query->value(1).toString(),
                          query->value(2).toLongLong(),
                          lastChange > 0 ? QDateTime::fromMSecsSinceEpoch(lastChange) : QDateTime(),
                          query->value(4).toString()};
    }
    return peers;
}

SyncReport SyncEngine::runRound(const QString &folderPath)
{
    SyncReport report;
    if (!connect(&report.error))
        return report;
    report.deviceId = deviceId();
    report.deviceName = deviceName();
    const SyncFolder folder(folderPath);
    HybridClock clock(report.deviceId,
                      HlcStamp::parse(m_connection->state(QStringLiteral("hlc"))).value_or(HlcStamp{}));

    QString folderProblem;
    if (!folder.prepare(report.deviceId, &folderProblem)) {
        if (!QFileInfo(folderPath).isDir() || folderPath.isEmpty()) {
            report.error = folderProblem;
            return report;
        }
        // A read-only folder still brings the other devices' changes; this device's wait in its outbox.
        report.waiting << SyncText::tr("publishing: %1").arg(folderProblem);
    } else {
        SyncPublisher publisher(*m_connection, clock, folder, m_imagesDir, report.deviceName);
        const PublishResult published = publisher.publishAll();
        report.publishedRecords = published.records;
        report.publishedSegments = published.segments;
        if (!published.error.isEmpty())
            report.waiting << SyncText::tr("publishing: %1 (the changes are kept and sent next round)")
                                  .arg(published.error);
    }

    SyncApplier applier(*m_connection, clock, folder, m_imagesDir);
    for (const QString &device : folder.devices()) {
        if (device != report.deviceId)
            applyDevice(applier, folder, device, report);
    }
    report.peers = peers();
    report.completed = report.error.isEmpty();
    report.finishedAt = QDateTime::currentDateTime();
    return report;
}

void SyncEngine::applyDevice(SyncApplier &applier, const SyncFolder &folder, const QString &device,
                             SyncReport &report)
{
    qint64 applied =
        m_connection->scalar(QStringLiteral("SELECT applied_seq FROM sync_peer WHERE device = ?"), {device})
            .toLongLong();
    const QList<qint64> present = folder.segmentNumbers(device);
    while (true) {
        const qint64 next = applied + 1;
        if (!present.contains(next)) {
            if (!present.isEmpty() && present.last() > next)
                noteWaiting(device,
                            SyncText::tr("segment %1 has not arrived yet (later ones have)").arg(next),
                            report);
            return;
        }
        const auto read = folder.readSegment(device, next);
        if (const auto *problem = std::get_if<SegmentProblem>(&read)) {
            noteWaiting(device, problem->reason, report);
            return;
        }
        const Segment &segment = std::get<Segment>(read);
        const QStringList missing = applier.bringImages(segment);
        if (!missing.isEmpty()) {
            noteWaiting(device,
                        SyncText::tr("segment %1 needs %n image(s) still on their way (%2)", nullptr,
                                     int(missing.size()))
                            .arg(QString::number(next), missing.first().left(12)),
                        report);
            return;
        }
        QString error;
        if (!applier.apply(segment, &error)) {
            report.error = SyncText::tr("applying segment %1 of %2 failed: %3")
                               .arg(QString::number(next), device, error);
            return;
        }
        report.appliedRecords += int(segment.records.size());
        ++report.appliedSegments;
        applied = next;
    }
}

void SyncEngine::noteWaiting(const QString &device, const QString &reason, SyncReport &report)
{
    const QString name =
        m_connection->scalar(QStringLiteral("SELECT name FROM sync_peer WHERE device = ?"), {device})
            .toString();
    report.waiting << QStringLiteral("%1: %2").arg(name.isEmpty() ? device.left(8) : name, reason);
    m_connection->run(QStringLiteral("INSERT INTO sync_peer (device, waiting) VALUES (?, ?)"
                                     " ON CONFLICT (device) DO UPDATE SET waiting = excluded.waiting"),
                      {device, reason});
}

} // namespace confab
