#include "MainWindow.h"

#include "common/AppInfo.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace confab::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("Confab"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/confab.svg")));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createSidebar());
    m_splitter->addWidget(createChatPane());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 740});
    setCentralWidget(m_splitter);

    createMenus();
    restoreWindowState();
}

QWidget *MainWindow::createSidebar()
{
    auto *pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("sidebar"));
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(8, 8, 0, 8);

    auto *newChat = new QPushButton(tr("New chat"), pane);
    newChat->setAccessibleName(tr("New chat"));
    layout->addWidget(newChat);

    m_search = new QLineEdit(pane);
    m_search->setPlaceholderText(tr("Search all chats"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search chats"));
    layout->addWidget(m_search);

    m_sessionFilter = new QComboBox(pane);
    m_sessionFilter->addItems({tr("Active"), tr("Archived"), tr("Trash")});
    m_sessionFilter->setAccessibleName(tr("Show sessions"));
    layout->addWidget(m_sessionFilter);

    m_sessions = new QListView(pane);
    m_sessions->setAccessibleName(tr("Sessions"));
    layout->addWidget(m_sessions, 1);
    pane->setMinimumWidth(200);
    return pane;
}

QWidget *MainWindow::createChatPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 8, 8, 8);

    m_messages = new QListView(pane);
    m_messages->setAccessibleName(tr("Conversation"));
    m_messages->setUniformItemSizes(false);
    m_messages->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    layout->addWidget(m_messages, 1);
    layout->addWidget(createInputArea());
    return pane;
}

QWidget *MainWindow::createInputArea()
{
    auto *area = new QWidget(this);
    area->setObjectName(QStringLiteral("inputArea"));
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);

    m_input = new QPlainTextEdit(area);
    m_input->setPlaceholderText(tr("Message Confab — Enter sends, Shift+Enter for a new line"));
    m_input->setAccessibleName(tr("Message"));
    m_input->setFixedHeight(90);
    layout->addWidget(m_input);

    auto *controls = new QHBoxLayout;
    m_mode = new QComboBox(area);
    m_mode->addItems({tr("Text"), tr("Text → Image"), tr("Image → Image"), tr("Auto")});
    m_mode->setAccessibleName(tr("Generation mode"));
    controls->addWidget(m_mode);
    controls->addStretch(1);
    m_send = new QPushButton(tr("Send"), area);
    m_send->setDefault(true);
    m_send->setAccessibleName(tr("Send"));
    controls->addWidget(m_send);
    layout->addLayout(controls);
    return area;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Confab"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Confab"),
        tr("<h3>Confab %1</h3><p>A native desktop client for chatting with OpenRouter models and "
           "generating and editing images with fal.ai.</p><p>Your history stays on this computer.</p>")
            .arg(applicationVersion()));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

} // namespace confab::ui
