#include "dialogs/SyncPage.h"

#include "sync/FolderKey.h"
#include "sync/SyncService.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace confab::ui {

SyncPage::SyncPage(SyncService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_folder(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_encryption(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_strength(new QLabel(this))
    , m_applyPassphrase(new QPushButton(this))
    , m_plain(new QPushButton(tr("Sync without encryption"), this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("Stop"), this))
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
    m_encryption->setObjectName(QStringLiteral("syncEncryption"));
    m_encryption->setWordWrap(true);
    form->addRow(tr("Encryption:"), m_encryption);
    auto *passphraseRow = new QHBoxLayout;
    m_passphrase->setObjectName(QStringLiteral("syncPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase of the sync folder"));
    m_applyPassphrase->setObjectName(QStringLiteral("syncApplyPassphrase"));
    m_plain->setObjectName(QStringLiteral("syncPlain"));
    passphraseRow->addWidget(m_passphrase, 1);
    passphraseRow->addWidget(m_applyPassphrase);
    passphraseRow->addWidget(m_plain);
    form->addRow(tr("Passphrase:"), passphraseRow);
    m_strength->setObjectName(QStringLiteral("syncPassphraseStrength"));
    form->addRow(QString(), m_strength);
    layout->addLayout(form);

    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    // A long round (a first publish or a join) shows how far it is and can be stopped; what it applied stays.
    auto *progressRow = new QHBoxLayout;
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_stop->setObjectName(QStringLiteral("syncStop"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    layout->addLayout(progressRow);
    m_progress->hide();
    m_stop->hide();
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
    connect(m_passphrase, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The hint is for a passphrase being chosen; one being entered is what it is.
        m_strength->setText(text.isEmpty() || m_mode == PassphraseMode::Unlock
                                ? QString()
                                : tr("Strength: %1").arg(FolderKey::strengthHint(text)));
    });
    connect(m_passphrase, &QLineEdit::returnPressed, this, &SyncPage::applyPassphrase);
    connect(m_applyPassphrase, &QPushButton::clicked, this, &SyncPage::applyPassphrase);
    connect(m_plain, &QPushButton::clicked, service, &SyncService::choosePlain);
    connect(service, &SyncService::passphraseDone, this, [this](const QString &error) {
        m_applyPassphrase->setEnabled(true);
        if (error.isEmpty()) {
            m_passphrase->clear();
            m_strength->setText(tr("Passphrase accepted; the key is kept in this computer's keychain."));
        } else {
            m_strength->setText(error);
        }
    });
    connect(service, &SyncService::roundProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("Segment %1 of %2").arg(done).arg(total));
        m_progress->show();
        m_stop->show();
        m_stop->setEnabled(true);
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_service->cancelRound();
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

void SyncPage::applyPassphrase()
{
    const QString passphrase = m_passphrase->text();
    if (m_mode == PassphraseMode::Off || passphrase.isEmpty())
        return;
    if (m_mode != PassphraseMode::Unlock && passphrase.size() < FolderKey::MinPassphraseLength) {
        m_strength->setText(
            tr("A passphrase needs at least %1 characters.").arg(FolderKey::MinPassphraseLength));
        return;
    }
    m_applyPassphrase->setEnabled(false);
    m_strength->setText(tr("Deriving the key…"));
    if (m_mode == PassphraseMode::Change)
        m_service->changePassphrase(passphrase);
    else
        m_service->usePassphrase(passphrase);
}

void SyncPage::showEncryption(const SyncReport &report)
{
    const bool newFolder =
        m_service->isEnabled() && report.needsPassphrase && SyncEngine::isNewFolder(m_service->folder());
    m_mode = !m_service->isEnabled()                ? PassphraseMode::Off
             : report.needsPassphrase && !newFolder ? PassphraseMode::Unlock
             : report.encrypted                     ? PassphraseMode::Change
                                                    : PassphraseMode::Choose;
    switch (m_mode) {
    case PassphraseMode::Off:
        m_encryption->clear();
        break;
    case PassphraseMode::Change:
        m_encryption->setText(tr("On. Chats and pictures are sealed before they reach the folder; this "
                                 "computer keeps the key in its keychain."));
        break;
    case PassphraseMode::Unlock:
        m_encryption->setText(
            tr("This folder is encrypted. Enter its passphrase once to sync this computer."));
        break;
    case PassphraseMode::Choose:
        m_encryption->setText(newFolder
                                  ? tr("Choose a passphrase for this new folder. You enter the same one "
                                       "once on each of your other computers; without it nobody can read "
                                       "the folder.")
                                  : tr("Off: the folder holds your chats in plain text. Choose a "
                                       "passphrase to encrypt it."));
        break;
    }
    m_passphrase->setEnabled(m_mode != PassphraseMode::Off);
    m_applyPassphrase->setEnabled(m_mode != PassphraseMode::Off);
    m_applyPassphrase->setText(m_mode == PassphraseMode::Change   ? tr("Change passphrase")
                               : m_mode == PassphraseMode::Unlock ? tr("Unlock")
                                                                  : tr("Encrypt"));
    m_plain->setVisible(newFolder);
}

void SyncPage::showReport(const SyncReport &report)
{
    m_progress->hide();
    m_stop->hide();
    showEncryption(report);
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
        // A wrong clock comes first: it is what the user has to act on.
        QStringList status{peer.waiting.isEmpty() ? tr("up to date") : peer.waiting};
        if (peer.clockAheadMs > 0)
            status.prepend(peer.clockWarning());
        auto *item = new QTreeWidgetItem(m_devices, {name, when, status.join(QStringLiteral("; "))});
        item->setToolTip(2, status.join(u'\n'));
        if (peer.clockAheadMs > 0) {
            item->setIcon(2, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setData(2, Qt::AccessibleDescriptionRole, peer.clockWarning());
        }
    }
}

} // namespace confab::ui
