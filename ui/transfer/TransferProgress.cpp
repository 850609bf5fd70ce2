#include "transfer/TransferProgress.h"

#include "store/HistoryTransfer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProgressDialog>

#include <algorithm>
#include <climits>
#include <memory>

namespace confab::ui {

namespace {
// Progress is reported in per-mille so totals above INT_MAX (bytes of a large import) fit the dialog.
constexpr int Steps = 1000;

struct TransferProgressText
{
    Q_DECLARE_TR_FUNCTIONS(TransferProgress)
public:
    // How far along, in the unit the transfer counts: a long export or import shows it is moving.
    static QString amount(TransferUnit unit, qint64 done, qint64 total)
    {
        const QLocale locale;
        if (unit == TransferUnit::Bytes)
            return tr("%1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total));
        return tr("%1 of %Ln message(s)", nullptr, int(std::min<qint64>(total, INT_MAX)))
            .arg(locale.toString(done));
    }
};
} // namespace

void showTransferProgress(QWidget *parent, HistoryTransfer *transfer, const QString &label, TransferUnit unit,
                          std::function<void(bool, bool, const QString &, const QList<qint64> &)> done)
{
    auto *dialog = new QProgressDialog(label, TransferProgressText::tr("Cancel"), 0, Steps, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    transfer->setParent(dialog);
    auto cancelling = std::make_shared<bool>(false);
    QObject::connect(transfer, &HistoryTransfer::progress, dialog,
                     [dialog, label, unit, cancelling](qint64 value, qint64 total) {
                         if (!*cancelling)
                             dialog->setLabelText(label + QLatin1Char('\n') +
                                                  TransferProgressText::amount(unit, value, total));
                         dialog->setValue(total > 0 ? int(value * Steps / total) : 0);
                     });
    QObject::connect(dialog, &QProgressDialog::canceled, transfer, [dialog, transfer, cancelling] {
        *cancelling = true;
        dialog->setLabelText(TransferProgressText::tr("Cancelling…"));
        transfer->cancel();
    });
    QObject::connect(transfer, &HistoryTransfer::finished, dialog,
                     [dialog, done](bool ok, bool cancelled, const QString &error, const QList<qint64> &ids) {
                         dialog->close();
                         done(ok, cancelled, error, ids);
                     });
}

} // namespace confab::ui
