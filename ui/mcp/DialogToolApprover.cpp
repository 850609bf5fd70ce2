#include "mcp/DialogToolApprover.h"

#include "mcp/ToolApprovalDialog.h"

#include <QTimer>
#include <QWidget>

namespace confab::ui {

DialogToolApprover::DialogToolApprover(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

DialogToolApprover::~DialogToolApprover()
{
    // Whatever still waits is denied: the window that could ask is going.
    const QList<Pending> queue = std::exchange(m_queue, {});
    for (const Pending &pending : queue)
        pending.answer(McpDecision::Deny);
    if (m_dialog) {
        m_dialog->disconnect(this);
        delete m_dialog;
        if (m_shownAnswer)
            m_shownAnswer(McpDecision::Deny);
    }
}

void DialogToolApprover::ask(const ToolApprovalRequest &request, Answer answer)
{
    m_queue.append({request, std::move(answer)});
    if (!m_dialog)
        showNext();
}

void DialogToolApprover::cancel(quint64 requestId)
{
    m_queue.removeIf([requestId](const Pending &pending) { return pending.request.id == requestId; });
    if (m_dialog && m_shownId == requestId) {
        ToolApprovalDialog *dialog = m_dialog;
        m_dialog = nullptr;
        m_shownAnswer = {};
        dialog->disconnect(this);
        dialog->hide();
        dialog->deleteLater();
        QTimer::singleShot(0, this, &DialogToolApprover::showNext);
    }
}

void DialogToolApprover::showNext()
{
    if (m_dialog || m_queue.isEmpty())
        return;
    Pending pending = m_queue.takeFirst();
    auto *dialog = new ToolApprovalDialog(pending.request, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    m_shownId = pending.request.id;
    m_shownAnswer = std::move(pending.answer);
    connect(dialog, &ToolApprovalDialog::decided, this, [this](McpDecision decision) {
        m_dialog = nullptr;
        const Answer answer = std::exchange(m_shownAnswer, {});
        if (answer)
            answer(decision);
        QTimer::singleShot(0, this, &DialogToolApprover::showNext);
    });
    dialog->open();
    Q_EMIT prompted(dialog);
}

} // namespace confab::ui
