#include "sync/SyncIndicator.h"

#include "sync/SyncService.h"

#include <QLocale>

#include <algorithm>

namespace confab::ui {

SyncIndicator::SyncIndicator(SyncService *service, QWidget *parent)
    : QLabel(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("syncIndicator"));
    setVisible(service->isEnabled());
    setText(tr("Sync starting…"));
    connect(service, &SyncService::roundStarted, this, [this] {
        if (!m_service->lastReport().finishedAt.isValid())
            setText(tr("Syncing…"));
    });
    connect(service, &SyncService::roundProgress, this, [this](int done, int total) {
        setText(tr("Syncing… %1%").arg(done * 100 / std::max(1, total)));
        setToolTip(tr("Segment %1 of %2; Settings → Sync can stop it").arg(done).arg(total));
    });
    connect(service, &SyncService::roundFinished, this, &SyncIndicator::showReport);
    connect(service, &SyncService::folderChanged, this,
            [this](const QString &folder) { setVisible(!folder.isEmpty()); });
}

void SyncIndicator::showReport(const SyncReport &report)
{
    const QString time = QLocale().toString(report.finishedAt.time(), QLocale::ShortFormat);
    if (!report.completed) {
        setText(report.needsPassphrase ? tr("Sync needs the passphrase") : tr("Sync paused"));
        setToolTip(report.error);
    } else if (report.cancelled) {
        setText(tr("Sync stopped %1").arg(time));
        setToolTip(report.summary());
    } else if (!report.waiting.isEmpty()) {
        setText(tr("Synced %1 · waiting for the folder").arg(time));
        setToolTip(report.waiting.join(u'\n'));
    } else {
        setText(tr("Synced %1").arg(time));
        setToolTip(tr("%n other device(s) in the sync folder", nullptr, int(report.peers.size())));
    }
    setAccessibleName(text());
    setAccessibleDescription(toolTip());
}

} // namespace confab::ui
