#pragma once

#include <QObject>

class QKeyEvent;

namespace confab::ui {

class ChatView;

// Makes the conversation usable from the keyboard: focus lands on the latest message, the Menu key or
// Shift+F10 opens the focused message's menu (copy, retry, regenerate, open or edit its image), Enter opens a
// message's picture and Ctrl+C copies its text. Space is left alone, for switching between answer branches.
class ConversationKeys : public QObject
{
    Q_OBJECT
public:
    static void install(ChatView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ConversationKeys(ChatView *view);
    bool handleKey(QKeyEvent *event);
    void openMenu();

    ChatView *m_view;
};

} // namespace confab::ui
