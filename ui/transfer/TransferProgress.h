#pragma once

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace confab {
class HistoryTransfer;
} // namespace confab

namespace confab::ui {

// What a transfer's progress counts: messages written (export) or bytes read (import).
enum class TransferUnit
{
    Messages,
    Bytes
};

// Shows a running export or import in a window-modal progress dialog with Cancel, and calls `done` on the
// GUI thread when it ends (a cancel ends it too, with nothing half-done). Takes ownership of `transfer`.
void showTransferProgress(
    QWidget *parent, HistoryTransfer *transfer, const QString &label, TransferUnit unit,
    std::function<void(bool ok, bool cancelled, const QString &error, const QList<qint64> &importedSessions)>
        done);

} // namespace confab::ui
