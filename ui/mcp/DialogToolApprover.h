#pragma once

#include "mcp/ToolApprovalDialog.h"
#include "mcp/ToolApprover.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace confab::ui {

// The window's answer to "may this tool run?": one ToolApprovalDialog at a time over the window, the others
// waiting their turn in the order asked (several chats may ask at once). A stopped turn's question is
// withdrawn, shown or not.
class DialogToolApprover : public QObject, public ToolApprover
{
    Q_OBJECT
public:
    explicit DialogToolApprover(QWidget *window);
    ~DialogToolApprover() override;

    void ask(const ToolApprovalRequest &request, Answer answer) override;
    void cancel(quint64 requestId) override;

    // The prompt on screen, if any (for tests and the screenshot tool).
    ToolApprovalDialog *current() const { return m_dialog; }
    int waiting() const { return int(m_queue.size()); }

Q_SIGNALS:
    void prompted(confab::ui::ToolApprovalDialog *dialog);

private:
    struct Pending
    {
        ToolApprovalRequest request;
        Answer answer;
    };
    void showNext();

    QWidget *m_window;
    QList<Pending> m_queue;
    QPointer<ToolApprovalDialog> m_dialog;
    quint64 m_shownId = 0;
    Answer m_shownAnswer;
};

} // namespace confab::ui
