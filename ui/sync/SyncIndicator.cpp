#include "sync/SyncIndicator.h"

#include "sync/SyncService.h"

#include <QLocale>

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
    connect(service, &SyncService::roundFinished, this, &SyncIndicator::showReport);
    connect(service, &SyncService::folderChanged, this,
            [this](const QString &folder) { setVisible(!folder.isEmpty()); });
}

void SyncIndicator::showReport(const SyncReport &report)
{
    const QString time = QLocale().toString(report.finishedAt.time(), QLocale::ShortFormat);
    if (!report.completed) {
        setText(tr("Sync paused"));
        setToolTip(report.error);
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
