#include "sync/SyncEngine.h"

#include "sync/FolderKey.h"
#include "sync/HybridClock.h"
#include "sync/SyncApplier.h"
#include "sync/SyncConnection.h"
#include "sync/SyncFolder.h"
#include "sync/SyncKeychain.h"
#include "sync/SyncPublisher.h"
#include "sync/SyncSnapshot.h"
#include "sync/SyncText.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>
#include <limits>

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

QString SyncPeer::clockWarning() const
{
    if (clockAheadMs <= 0)
        return {};
    constexpr qint64 HourMs = 3600 * 1000;
    const qint64 days = clockAheadMs / (24 * HourMs);
    const QString ahead =
        days > 0 ? SyncText::tr("%n day(s)", "how far a clock is ahead", int(days))
                 : SyncText::tr("%n hour(s)", "how far a clock is ahead", int(clockAheadMs / HourMs));
    //: %1 is “%n day(s)” or “%n hour(s)”.
    return SyncText::tr(
               "its clock is %1 ahead: its changes are applied but do not win over other edits until "
               "its date and time are set right")
        .arg(ahead);
}

QString SyncReport::summary() const
{
    if (!completed)
        return SyncText::tr("Sync failed: %1").arg(error);
    if (cancelled)
        //: %1 and %3 are “%n change(s)”, %2 and %4 “%n segment(s)”.
        return SyncText::tr(
                   "Stopped. Published %1 in %2 and applied %3 from %4 before that; the next round goes "
                   "on from there.")
            .arg(changes(publishedRecords), segments(publishedSegments), changes(appliedRecords),
                 segments(appliedSegments));
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
    auto query = m_connection->run(
        QStringLiteral(
            "SELECT device, name, applied_seq, last_applied_at, waiting, ahead.value FROM sync_peer"
            " LEFT JOIN sync_state ahead ON ahead.key = ? || device ORDER BY name, device"),
        {clockAheadKey({})});
    while (query && query->next()) {
        const qint64 lastChange = query->value(3).toLongLong();
        peers << SyncPeer{query->value(0).toString(),
                          query->value(1).toString(),
                          query->value(2).toLongLong(),
                          lastChange > 0 ? QDateTime::fromMSecsSinceEpoch(lastChange) : QDateTime(),
                          query->value(4).toString(),
                          query->value(5).toLongLong()};
    }
    return peers;
}

SyncReport SyncEngine::runRound(const QString &folderPath, const RoundControl &control)
{
    SyncReport report;
    if (!connect(&report.error))
        return report;
    report.deviceId = deviceId();
    report.deviceName = deviceName();
    QByteArray key;
    if (FolderKey::present(folderPath)) {
        const auto kept = keyFor(folderPath);
        if (!kept) {
            report.needsPassphrase = true;
            report.error =
                SyncText::tr("the sync folder is encrypted and this device does not hold its key yet; "
                             "enter its passphrase in Settings → Sync (or pass --passphrase-file)");
            return report;
        }
        key = *kept;
    }
    const SyncFolder folder(folderPath, key);
    report.encrypted = folder.encrypted();
    HybridClock clock(report.deviceId,
                      HlcStamp::parse(m_connection->state(QStringLiteral("hlc"))).value_or(HlcStamp{}));

    const int total = control.step ? segmentsAhead(folder, report.deviceId) : 0;
    int done = 0;
    // After each segment: say so, and whether to go on.
    const auto next = [&] {
        if (control.step)
            control.step(++done, std::max(done, total));
        report.cancelled = control.cancelled && control.cancelled();
        return !report.cancelled;
    };
    QString folderProblem;
    if (!folder.prepare(report.deviceId, &folderProblem)) {
        if (!QFileInfo(folderPath).isDir() || folderPath.isEmpty()) {
            report.error = folderProblem;
            return report;
        }
        // A read-only folder still brings the other devices' changes; this device's wait in its outbox.
        report.waiting << SyncText::tr("publishing: %1").arg(folderProblem);
    } else {
        // A folder encrypted after this device wrote to it: its own plain segments are sealed in place.
        QString sealError;
        // Its plain snapshot is gone with them; a sealed one is written at the end of this round.
        if (folder.sealPlainSegments(report.deviceId, &sealError) > 0)
            m_connection->setState(QStringLiteral("segments_since_snapshot"),
                                   QString::number(m_snapshotEvery));
        if (!sealError.isEmpty())
            report.waiting << SyncText::tr("sealing this device's earlier segments: %1").arg(sealError);
        SyncPublisher publisher(*m_connection, clock, folder, m_imagesDir, report.deviceName);
        const PublishResult published = publisher.publishAll(next);
        report.publishedRecords = published.records;
        report.publishedSegments = published.segments;
        for (const QString &refused : published.refused)
            report.waiting << SyncText::tr("publishing: %1").arg(refused);
        if (!published.error.isEmpty())
            report.waiting << SyncText::tr("publishing: %1 (the changes are kept and sent next round)")
                                  .arg(published.error);
    }

    SyncApplier applier(*m_connection, clock, folder, m_imagesDir);
    if (!report.cancelled)
        startFromSnapshot(applier, folder, report, next);
    for (const QString &device : folder.devices()) {
        if (device != report.deviceId && !report.cancelled)
            applyDevice(applier, folder, device, report, next);
    }
    if (folderProblem.isEmpty() && !report.cancelled && report.error.isEmpty())
        snapshotAndRetire(folder, report);
    report.peers = peers();
    report.completed = report.error.isEmpty();
    report.finishedAt = QDateTime::currentDateTime();
    return report;
}

int SyncEngine::segmentsAhead(const SyncFolder &folder, const QString &self)
{
    const qint64 outbox =
        m_connection->scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")).toLongLong();
    qint64 ahead = (outbox + SyncPublisher::RecordsPerSegment - 1) / SyncPublisher::RecordsPerSegment;
    for (const QString &device : folder.devices()) {
        if (device == self)
            continue;
        const qint64 applied =
            m_connection
                ->scalar(QStringLiteral("SELECT applied_seq FROM sync_peer WHERE device = ?"), {device})
                .toLongLong();
        for (const qint64 seq : folder.segmentNumbers(device))
            ahead += seq > applied ? 1 : 0;
    }
    return int(std::min<qint64>(ahead, std::numeric_limits<int>::max()));
}

void SyncEngine::applyDevice(SyncApplier &applier, const SyncFolder &folder, const QString &device,
                             SyncReport &report, const std::function<bool()> &goOn)
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
        QStringList oversized;
        const QStringList missing = applier.bringImages(segment, &oversized);
        if (!oversized.isEmpty()) {
            noteWaiting(
                device,
                SyncText::tr("segment %1 refers to a picture larger than %2 MB (%3); it is not applied")
                    .arg(QString::number(next), QString::number(SyncFolder::MaxImageBytes >> 20),
                         oversized.first().left(12)),
                report);
            return;
        }
        if (!missing.isEmpty()) {
            noteWaiting(device,
                        SyncText::tr("segment %1 needs %n image(s) still on their way (%2)", nullptr,
                                     int(missing.size()))
                            .arg(QString::number(next), missing.first().left(12)),
                        report);
            return;
        }
        QStringList oversizedDocuments;
        const QStringList missingDocuments = applier.bringDocuments(segment, &oversizedDocuments);
        if (!oversizedDocuments.isEmpty()) {
            noteWaiting(
                device,
                SyncText::tr("segment %1 refers to a document larger than %2 MB (%3); it is not applied")
                    .arg(QString::number(next), QString::number(SyncFolder::MaxDocumentBytes >> 20),
                         oversizedDocuments.first().left(12)),
                report);
            return;
        }
        if (!missingDocuments.isEmpty()) {
            noteWaiting(device,
                        SyncText::tr("segment %1 needs %n document(s) still on their way (%2)", nullptr,
                                     int(missingDocuments.size()))
                            .arg(QString::number(next), missingDocuments.first().left(12)),
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
        if (!goOn())
            return;
    }
}

void SyncEngine::startFromSnapshot(SyncApplier &applier, const SyncFolder &folder, SyncReport &report,
                                   const std::function<bool()> &goOn)
{
    QHash<QString, qint64> applied;
    auto query = m_connection->run(QStringLiteral("SELECT device, applied_seq FROM sync_peer"));
    while (query && query->next())
        applied.insert(query->value(0).toString(), query->value(1).toLongLong());
    const bool fresh = std::all_of(applied.cbegin(), applied.cend(), [](qint64 seq) { return seq == 0; });
    // Per device, the first of its segments still here; a gap before it means segments were retired (or
    // have not arrived yet).
    QHash<QString, qint64> firstPresent;
    bool gap = false;
    QStringList others = folder.devices();
    others.removeAll(report.deviceId);
    for (const QString &device : others) {
        const QList<qint64> present = folder.segmentNumbers(device);
        if (present.isEmpty())
            continue;
        firstPresent.insert(device, present.first());
        if (applied.value(device) + 1 < present.first())
            gap = true;
    }
    if (!fresh && !gap)
        return;
    std::optional<SnapshotManifest> best;
    qint64 bestReach = 0;
    for (const QString &device : others) {
        const auto newest = snapshots::newest(folder, device);
        if (const auto *problem = std::get_if<QString>(&newest)) {
            if (!problem->isEmpty())
                noteWaiting(device, *problem, report);
            continue;
        }
        const auto &manifest = std::get<SnapshotManifest>(newest);
        bool holdsRetired = true;
        qint64 reach = 0;
        for (auto it = firstPresent.cbegin(); it != firstPresent.cend(); ++it)
            holdsRetired = holdsRetired && manifest.covers.value(it.key()) + 1 >= it.value();
        for (auto it = manifest.covers.cbegin(); it != manifest.covers.cend(); ++it)
            reach +=
                it.key() == report.deviceId ? 0 : std::max<qint64>(0, it.value() - applied.value(it.key()));
        if (holdsRetired && reach > bestReach) {
            best = manifest;
            bestReach = reach;
        }
    }
    // Without one, the gap is reported as segments that have not arrived (they may be on their way, or
    // retired with a snapshot that is).
    if (!best)
        return;
    QString error;
    if (!snapshots::apply(applier, *m_connection, folder, *best, goOn, &error)) {
        if (!error.isEmpty())
            noteWaiting(best->device, error, report);
        return;
    }
    report.snapshotRecordsApplied += best->records;
}

void SyncEngine::snapshotAndRetire(const SyncFolder &folder, SyncReport &report)
{
    const QString dueKey = QStringLiteral("segments_since_snapshot");
    const qint64 due =
        m_connection->state(dueKey).toLongLong() + report.publishedSegments + report.appliedSegments;
    m_connection->setState(dueKey, QString::number(due));
    std::optional<SnapshotManifest> own;
    if (due >= m_snapshotEvery) {
        const auto written = snapshots::write(*m_connection, folder, report.deviceId, report.deviceName);
        if (const auto *manifest = std::get_if<SnapshotManifest>(&written)) {
            own = *manifest;
            report.snapshotRecordsWritten = manifest->records;
            m_connection->setState(dueKey, QStringLiteral("0"));
        } else {
            report.waiting << SyncText::tr("writing a snapshot: %1").arg(std::get<QString>(written));
        }
    } else if (const auto newest = snapshots::newest(folder, report.deviceId);
               std::holds_alternative<SnapshotManifest>(newest)) {
        own = std::get<SnapshotManifest>(newest);
    }
    if (own)
        report.retiredSegments = snapshots::retire(folder, report.deviceId, *own);
}

std::optional<QByteArray> SyncEngine::keyFor(const QString &folder)
{
    const QString id = FolderKey::folderId(folder);
    if (id.isEmpty())
        return std::nullopt;
    if (!m_folderKeys.contains(id)) {
        const auto kept = synckeychain::read(deviceId(), id);
        if (!kept)
            return std::nullopt;
        m_folderKeys.insert(id, *kept);
    }
    const QByteArray key = m_folderKeys.value(id);
    if (FolderKey::fits(folder, key))
        return key;
    m_folderKeys.remove(id);
    return std::nullopt;
}

void SyncEngine::keep(const QString &folder, const QByteArray &key)
{
    const QString id = FolderKey::folderId(folder);
    m_folderKeys.insert(id, key);
    // Without a keychain the key lasts for this run; the passphrase is asked for again next time.
    synckeychain::write(deviceId(), id, key);
}

QString SyncEngine::unlockFolder(const QString &folder, const QString &passphrase)
{
    const auto key = FolderKey::unlock(folder, passphrase);
    if (const auto *error = std::get_if<QString>(&key))
        return *error;
    keep(folder, std::get<QByteArray>(key));
    return {};
}

QString SyncEngine::encryptFolder(const QString &folder, const QString &passphrase)
{
    if (FolderKey::present(folder))
        return unlockFolder(folder, passphrase);
    const auto key = FolderKey::create(folder, passphrase);
    if (const auto *error = std::get_if<QString>(&key))
        return *error;
    keep(folder, std::get<QByteArray>(key));
    QString error;
    SyncFolder(folder, std::get<QByteArray>(key)).sealPlainImages(&error);
    return error;
}

QString SyncEngine::changePassphrase(const QString &folder, const QString &passphrase)
{
    const auto key = keyFor(folder);
    if (!key)
        return SyncText::tr("this device does not hold the folder's key; enter the current passphrase first");
    QString error;
    FolderKey::rewrap(folder, *key, passphrase, &error);
    return error;
}

bool SyncEngine::isNewFolder(const QString &folder)
{
    return !FolderKey::present(folder) &&
           QDir(folder + QStringLiteral("/devices")).isEmpty(QDir::Dirs | QDir::NoDotAndDotDot);
}

bool SyncEngine::needsPassphrase(const QString &folder)
{
    return FolderKey::present(folder) && !keyFor(folder);
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
