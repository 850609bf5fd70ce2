#include "accessibility/AccessibleNaming.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QLineEdit>
#include <QToolButton>

namespace confab::ui {

namespace {

QString nameOf(const QWidget *widget)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    if (!widget->toolTip().isEmpty())
        return widget->toolTip();
    return {};
}

void nameChoices(QAbstractItemView *view, const QString &owner)
{
    if (view && view->accessibleName().isEmpty())
        view->setAccessibleName(owner.isEmpty() ? QComboBox::tr("Choices")
                                                : QComboBox::tr("%1 choices").arg(owner));
}

void nameComboBox(QComboBox *combo)
{
    const QString owner = nameOf(combo);
    nameChoices(combo->view(), owner);
    // An editable combo box shows its text field to a screen reader as a child of its own.
    if (QLineEdit *edit = combo->lineEdit(); edit && edit->accessibleName().isEmpty())
        edit->setAccessibleName(owner);
    if (QCompleter *completer = combo->completer())
        nameChoices(completer->popup(), owner.isEmpty() ? QString() : QComboBox::tr("%1 matches").arg(owner));
}

void nameLineEdit(QLineEdit *edit)
{
    // The clear button is a tool button driving this private action; its text becomes the button's name.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        if (clear->text().isEmpty())
            clear->setText(QLineEdit::tr("Clear %1").arg(nameOf(edit)).trimmed());
    for (QAction *action : edit->actions())
        if (action->text().isEmpty())
            action->setText(action->toolTip().isEmpty() ? nameOf(edit) : action->toolTip());
    if (QCompleter *completer = edit->completer())
        nameChoices(completer->popup(), QLineEdit::tr("%1 matches").arg(nameOf(edit)).trimmed());
}

// Tool bars and menu bars too narrow for their actions grow an unlabelled "»" button.
void nameOverflowButton(QToolButton *button)
{
    if (!button->accessibleName().isEmpty())
        return;
    if (button->objectName() == QLatin1String("qt_toolbar_ext_button") ||
        button->objectName() == QLatin1String("qt_menubar_ext_button"))
        button->setAccessibleName(QToolButton::tr("More actions"));
}

} // namespace

void AccessibleNaming::install()
{
    static AccessibleNaming *naming = nullptr;
    if (naming)
        return;
    naming = new AccessibleNaming(qApp);
    qApp->installEventFilter(naming);
}

bool AccessibleNaming::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish) {
        if (auto *combo = qobject_cast<QComboBox *>(watched))
            nameComboBox(combo);
        else if (auto *edit = qobject_cast<QLineEdit *>(watched))
            nameLineEdit(edit);
        else if (auto *button = qobject_cast<QToolButton *>(watched))
            nameOverflowButton(button);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace confab::ui
