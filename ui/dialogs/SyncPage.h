#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace confab {
class SyncService;
struct SyncReport;
} // namespace confab

namespace confab::ui {

// Settings → Sync: the shared folder, this device's name, and the other devices seen with when they last
// changed something. Choices take effect at once, like keys.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPage(SyncService *service, QWidget *parent = nullptr);

    QLineEdit *folderEdit() const { return m_folder; }
    QTreeWidget *deviceList() const { return m_devices; }

private:
    void chooseFolder();
    void showReport(const SyncReport &report);

    SyncService *m_service;
    QLineEdit *m_folder;
    QLineEdit *m_name;
    QLabel *m_status;
    QTreeWidget *m_devices;
};

} // namespace confab::ui
