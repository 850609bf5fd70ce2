#pragma once

#include <QLabel>

namespace confab {
class SyncService;
struct SyncReport;
} // namespace confab

namespace confab::ui {

// A quiet word in the status bar about sync: when it last synced, that it is waiting for the folder, or
// that it failed and why (in the tooltip). Hidden while no sync folder is set.
class SyncIndicator : public QLabel
{
    Q_OBJECT
public:
    explicit SyncIndicator(SyncService *service, QWidget *parent = nullptr);

private:
    void showReport(const SyncReport &report);

    SyncService *m_service;
};

} // namespace confab::ui
