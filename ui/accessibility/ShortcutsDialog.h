#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QTableWidget;

namespace confab::ui {

// Help → Keyboard shortcuts: every key the window answers to, in one readable, screen-reader-friendly table.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Shortcut
    {
        QString keys;
        QString action;
    };
    static QList<Shortcut> shortcuts();

    explicit ShortcutsDialog(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace confab::ui
