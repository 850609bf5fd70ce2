#include "accessibility/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace confab::ui {

namespace {

QString keys(std::initializer_list<QKeySequence> sequences)
{
    QStringList names;
    for (const QKeySequence &sequence : sequences)
        names << sequence.toString(QKeySequence::NativeText);
    return names.join(QStringLiteral(" / "));
}

} // namespace

QList<ShortcutsDialog::Shortcut> ShortcutsDialog::shortcuts()
{
    return {
        {keys({QKeySequence::New}), tr("Start a new chat")},
        {keys({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find}), tr("Search all chats")},
        {keys({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Down)}),
         tr("Open the next chat")},
        {keys({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Up)}),
         tr("Open the previous chat")},
        {keys({QKeySequence(Qt::CTRL | Qt::Key_L)}), tr("Go to the message editor")},
        {keys({QKeySequence(Qt::Key_Return)}), tr("Send the message (in the editor)")},
        {keys({QKeySequence(Qt::SHIFT | Qt::Key_Return)}), tr("New line in the message")},
        {keys({QKeySequence(Qt::Key_Escape)}), tr("Stop the answer being written")},
        {keys({QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)}),
         tr("Move between the chat list, the conversation, the editor and its options")},
        {keys({QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down)}),
         tr("Move between messages (in the conversation)")},
        {keys({QKeySequence(Qt::Key_Menu), QKeySequence(Qt::SHIFT | Qt::Key_F10)}),
         tr("Open the focused message's menu: copy, retry, regenerate, open or edit its image")},
        {keys({QKeySequence(Qt::Key_Return)}),
         tr("View the focused message's picture (in the conversation)")},
        {keys({QKeySequence::Copy}), tr("Copy the focused message's text (in the conversation)")},
        {keys({QKeySequence(Qt::CTRL | Qt::Key_End)}), tr("Jump to the latest message")},
        {keys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)}), tr("Usage and spending")},
        {keys({QKeySequence(Qt::CTRL | Qt::Key_Comma)}), tr("Settings")},
        {keys({QKeySequence::HelpContents}), tr("This list of keyboard shortcuts")},
        {keys({QKeySequence::ZoomIn, QKeySequence::ZoomOut, QKeySequence(Qt::CTRL | Qt::Key_0),
               QKeySequence(Qt::Key_F)}),
         tr("Image viewer: zoom in, zoom out, 100 %, fit")},
        {keys({QKeySequence(Qt::CTRL | Qt::Key_E)}), tr("Image viewer: edit this image")},
        {keys({QKeySequence::Quit}), tr("Quit")},
    };
}

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Everything in Confab can be done from the keyboard."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QList<Shortcut> rows = shortcuts();
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(2);
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    for (int row = 0; row < rows.size(); ++row) {
        auto *keyItem = new QTableWidgetItem(rows.at(row).keys);
        keyItem->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(rows.at(row).keys, rows.at(row).action));
        m_table->setItem(row, 0, keyItem);
        m_table->setItem(row, 1, new QTableWidgetItem(rows.at(row).action));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeRowsToContents();
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace confab::ui
