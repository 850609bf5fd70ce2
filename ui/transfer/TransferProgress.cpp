#include "transfer/TransferProgress.h"

#include "store/HistoryTransfer.h"

#include <QProgressDialog>

namespace confab::ui {

namespace {
// Progress is reported in per-mille so totals above INT_MAX (bytes of a large import) fit the dialog.
constexpr int Steps = 1000;
} // namespace

void showTransferProgress(QWidget *parent, HistoryTransfer *transfer, const QString &label,
                          std::function<void(bool, bool, const QString &, const QList<qint64> &)> done)
{
    auto *dialog = new QProgressDialog(label, QObject::tr("Cancel"), 0, Steps, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    transfer->setParent(dialog);
    QObject::connect(transfer, &HistoryTransfer::progress, dialog, [dialog](qint64 value, qint64 total) {
        dialog->setValue(total > 0 ? int(value * Steps / total) : 0);
    });
    QObject::connect(dialog, &QProgressDialog::canceled, transfer, [dialog, transfer] {
        dialog->setLabelText(QObject::tr("Cancelling…"));
        transfer->cancel();
    });
    QObject::connect(transfer, &HistoryTransfer::finished, dialog,
                     [dialog, done](bool ok, bool cancelled, const QString &error, const QList<qint64> &ids) {
                         dialog->close();
                         done(ok, cancelled, error, ids);
                     });
}

} // namespace confab::ui
