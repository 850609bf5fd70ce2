#include "dialogs/SyncPage.h"

#include "sync/SyncService.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace confab::ui {

SyncPage::SyncPage(SyncService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_folder(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_devices(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("syncPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Keep your chats on every computer through a folder you already sync "
                      "(Syncthing, Dropbox, iCloud Drive, OneDrive, Nextcloud or a network share). "
                      "Chats, messages and pictures are synced; keys, spend caps and other settings "
                      "stay on each computer."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    m_folder->setObjectName(QStringLiteral("syncFolder"));
    m_folder->setPlaceholderText(tr("Not syncing"));
    m_folder->setText(service->folder());
    m_folder->setAccessibleName(tr("Sync folder"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    auto *stop = new QPushButton(tr("Stop syncing"), this);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    folderRow->addWidget(stop);
    form->addRow(tr("Sync folder:"), folderRow);
    m_name->setObjectName(QStringLiteral("syncDeviceName"));
    m_name->setAccessibleName(tr("This device's name"));
    m_name->setText(service->lastReport().deviceName);
    form->addRow(tr("This device:"), m_name);
    layout->addLayout(form);

    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_devices->setObjectName(QStringLiteral("syncDevices"));
    m_devices->setAccessibleName(tr("Other devices"));
    m_devices->setRootIsDecorated(false);
    m_devices->setHeaderLabels({tr("Other device"), tr("Last change"), tr("Status")});
    // Name and date are short and must be read whole; a long waiting reason gets the rest and a tooltip.
    m_devices->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_devices->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_devices->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_devices, 1);

    connect(choose, &QPushButton::clicked, this, &SyncPage::chooseFolder);
    connect(stop, &QPushButton::clicked, this, [this] {
        m_folder->clear();
        m_service->setFolder({});
    });
    connect(m_folder, &QLineEdit::editingFinished, this, [this] {
        if (m_folder->text().trimmed() != m_service->folder())
            m_service->setFolder(m_folder->text().trimmed());
    });
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (!m_name->text().trimmed().isEmpty() &&
            m_name->text().trimmed() != m_service->lastReport().deviceName)
            m_service->setDeviceName(m_name->text().trimmed());
    });
    connect(service, &SyncService::roundFinished, this, &SyncPage::showReport);
    showReport(service->lastReport());
}

void SyncPage::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose the folder to sync through"), m_service->folder());
    if (folder.isEmpty())
        return;
    m_folder->setText(folder);
    m_service->setFolder(folder);
}

void SyncPage::showReport(const SyncReport &report)
{
    if (!report.deviceName.isEmpty() && !m_name->hasFocus())
        m_name->setText(report.deviceName);
    if (!m_service->isEnabled())
        m_status->setText(tr("Sync is off."));
    else if (!report.finishedAt.isValid())
        m_status->setText(tr("Not synced yet."));
    else
        m_status->setText(report.summary().replace(u'\n', QStringLiteral("<br>")));
    m_devices->clear();
    for (const SyncPeer &peer : report.peers) {
        const QString name = peer.name.isEmpty() ? peer.device.left(8) : peer.name;
        const QString when = peer.lastChange.isValid()
                                 ? QLocale().toString(peer.lastChange.toLocalTime(), QLocale::ShortFormat)
                                 : tr("never");
        const QString status = peer.waiting.isEmpty() ? tr("up to date") : peer.waiting;
        auto *item = new QTreeWidgetItem(m_devices, {name, when, status});
        item->setToolTip(2, status);
    }
}

} // namespace confab::ui
