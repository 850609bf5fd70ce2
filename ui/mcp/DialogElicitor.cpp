#include "mcp/DialogElicitor.h"

#include "mcp/ElicitationDialog.h"

#include <QWidget>

namespace confab::ui {

DialogElicitor::DialogElicitor(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

DialogElicitor::~DialogElicitor()
{
    for (const QPointer<ElicitationDialog> &dialog : std::as_const(m_open))
        if (dialog)
            dialog->reject();
}

void DialogElicitor::ask(const McpElicitationRequest &request, Answer answer)
{
    auto *dialog = new ElicitationDialog(request, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_open.removeAll(nullptr);
    m_open.append(dialog);
    connect(dialog, &ElicitationDialog::answered, this,
            [answer = std::move(answer)](const QJsonObject &result) { answer(result); });
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    Q_EMIT prompted(dialog);
}

} // namespace confab::ui
