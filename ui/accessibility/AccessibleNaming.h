#pragma once

#include <QObject>

namespace confab::ui {

// Names the parts Qt builds inside composite widgets, which a screen reader otherwise announces as bare
// "list" or "button": a combo box's popup list and completer popup, a line edit's clear button and its icon
// actions. Installed once on the application, it names each widget when it is first polished, so pickers
// added anywhere later are covered too.
class AccessibleNaming : public QObject
{
    Q_OBJECT
public:
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace confab::ui
