#pragma once

#include "mcp/ElicitationDialog.h"
#include "mcp/McpElicitor.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace confab::ui {

// The window's answer to a chat server that asks for input: an ElicitationDialog over the window for each
// form, modeless, so several chats can each have theirs. Forms still open when the window goes are cancelled.
class DialogElicitor : public QObject, public McpElicitor
{
    Q_OBJECT
public:
    explicit DialogElicitor(QWidget *window);
    ~DialogElicitor() override;

    void ask(const McpElicitationRequest &request, Answer answer) override;

Q_SIGNALS:
    void prompted(confab::ui::ElicitationDialog *dialog);

private:
    QWidget *m_window;
    QList<QPointer<ElicitationDialog>> m_open;
};

} // namespace confab::ui
