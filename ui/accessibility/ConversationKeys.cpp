#include "accessibility/ConversationKeys.h"

#include "chat/ChatView.h"
#include "models/MessageRoles.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFocusEvent>
#include <QKeyEvent>

namespace confab::ui {

void ConversationKeys::install(ChatView *view)
{
    view->installEventFilter(new ConversationKeys(view));
}

ConversationKeys::ConversationKeys(ChatView *view)
    : QObject(view)
    , m_view(view)
{}

bool ConversationKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view)
        return false;
    if (event->type() == QEvent::FocusIn && !m_view->currentIndex().isValid()) {
        // Tabbing into the conversation puts the reader on the lowest message in sight, normally the newest
        // answer. A click picks its own message, so the mouse is left alone.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        const int rows = m_view->model()->rowCount();
        if (rows > 0 && (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
                         reason == Qt::ShortcutFocusReason)) {
            const QModelIndex lowest = m_view->indexAt(QPoint(1, m_view->viewport()->height() - 2));
            m_view->setCurrentIndex(lowest.isValid() ? lowest : m_view->model()->index(rows - 1, 0));
        }
    }
    if (event->type() == QEvent::KeyPress)
        return handleKey(static_cast<QKeyEvent *>(event));
    return false;
}

bool ConversationKeys::handleKey(QKeyEvent *event)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    const bool menuKey = event->key() == Qt::Key_Menu ||
                         (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier);
    if (menuKey) {
        openMenu();
        return true;
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier) {
        const QVariantList images = current.data(MessageRoles::ImagesRole).toList();
        if (images.isEmpty())
            return false;
        emit m_view->imageActivated(images.first().toMap().value(QStringLiteral("hash")).toString());
        return true;
    }
    if (event->matches(QKeySequence::Copy)) {
        const QString text = current.data(MessageRoles::TextRole).toString();
        if (text.isEmpty())
            return false;
        QApplication::clipboard()->setText(text);
        return true;
    }
    return false;
}

void ConversationKeys::openMenu()
{
    QWidget *viewport = m_view->viewport();
    const QRect item = m_view->visualRect(m_view->currentIndex()).intersected(viewport->rect());
    if (item.isEmpty())
        m_view->scrollTo(m_view->currentIndex());
    const QRect shown = m_view->visualRect(m_view->currentIndex()).intersected(viewport->rect());
    // The bubble's corner rather than its middle, so the menu is the message's, not that of a picture in it.
    const QPoint at(shown.left() + 1, shown.top() + 1);
    QContextMenuEvent menu(QContextMenuEvent::Keyboard, at, viewport->mapToGlobal(at));
    QCoreApplication::sendEvent(viewport, &menu);
}

} // namespace confab::ui
