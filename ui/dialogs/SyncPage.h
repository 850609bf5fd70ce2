#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace confab {
class SyncService;
struct SyncReport;
} // namespace confab

namespace confab::ui {

// Settings → Sync: the shared folder, its passphrase (asked once: to encrypt a new folder, to unlock an
// encrypted one, or to change it), this device's name, and the other devices seen with when they last
// changed something and whether their clock is wrong. Choices take effect at once, like keys.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPage(SyncService *service, QWidget *parent = nullptr);

    QLineEdit *folderEdit() const { return m_folder; }
    QTreeWidget *deviceList() const { return m_devices; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }

private:
    void chooseFolder();
    void showReport(const SyncReport &report);
    void showEncryption(const SyncReport &report);
    void applyPassphrase();

    SyncService *m_service;
    QLineEdit *m_folder;
    QLineEdit *m_name;
    QLabel *m_status;
    QLabel *m_encryption;
    QLineEdit *m_passphrase;
    QLabel *m_strength;
    QPushButton *m_applyPassphrase;
    QPushButton *m_plain;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    // What the passphrase field is for now, from the last round.
    enum class PassphraseMode
    {
        Off,
        Choose,
        Unlock,
        Change,
    };
    PassphraseMode m_mode = PassphraseMode::Off;
    QTreeWidget *m_devices;
};

} // namespace confab::ui
