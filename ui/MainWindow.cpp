#include "MainWindow.h"

#include "ChatPresenter.h"
#include "OpenNotice.h"
#include "WindowPlacement.h"
#include "accessibility/AccessibleNaming.h"
#include "accessibility/ShortcutsDialog.h"
#include "chat/ChatView.h"
#include "common/AppInfo.h"
#include "dialogs/ChatSettingsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/SetupCheckDialog.h"
#include "dialogs/SyncPage.h"
#include "engine/AttachmentIntake.h"
#include "engine/Backend.h"
#include "engine/ConversationEngine.h"
#include "input/ImageOptionsBar.h"
#include "input/InputArea.h"
#include "keys/KeyStore.h"
#include "log/Diagnostics.h"
#include "log/LogSink.h"
#include "mcp/DialogElicitor.h"
#include "mcp/DialogToolApprover.h"
#include "mcp/McpConnections.h"
#include "mcp/McpSecretStore.h"
#include "mcp/McpToolsPage.h"
#include "models/MessageListModel.h"
#include "models/SessionListModel.h"
#include "settings/ChatPresets.h"
#include "settings/Settings.h"
#include "sidebar/Sidebar.h"
#include "store/HistoryFormat.h"
#include "store/HistoryTransfer.h"
#include "store/Store.h"
#include "sync/SyncIndicator.h"
#include "sync/SyncService.h"
#include "theme/Theme.h"
#include "transfer/TransferProgress.h"
#include "usage/UsageWindow.h"
#include "viewer/ImageViewer.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace confab::ui {

MainWindow::MainWindow(Backend *backend, const OpenResult &opened, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_messages(new MessageListModel(backend->store(), this))
{
    setWindowTitle(QStringLiteral("Confab"));
    setAcceptDrops(true);
    AccessibleNaming::install();
    applyTheme();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_sidebar = new Sidebar(backend->store(), m_splitter);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(createChatPane());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({270, 830});
    setCentralWidget(m_splitter);

    startSync();

    restyle();
    createMenus();
    createShortcuts();
    restoreWindowState();
    if (OpenNotice::hasNews(opened))
        openNotice()->showResult(opened);

    m_presenter =
        new ChatPresenter(backend, {m_sidebar, m_chat, m_input, m_messages, statusBar(), this}, this);
    connect(m_presenter, &ChatPresenter::titleChanged, this, [this](const QString &title, bool isNewChat) {
        m_title->setText(title);
        setWindowTitle(isNewChat ? QStringLiteral("Confab") : QStringLiteral("%1 — Confab").arg(title));
    });
    connect(backend, &Backend::historyDamaged, this,
            [this](const QString &message) { openNotice()->showDamage(message); });
    connect(m_chat, &ChatView::keysRequested, this, &MainWindow::showSettings);
    connect(m_chat, &ChatView::imageActivated, this, &MainWindow::openImage);
    connect(m_input, &InputArea::pickFilesRequested, this, &MainWindow::pickFiles);
    if (McpConnections *mcp = backend->mcp()) {
        m_input->setToolServers(mcp);
        m_approver = new DialogToolApprover(this);
        backend->engine()->setToolApprover(m_approver);
        m_elicitor = new DialogElicitor(this);
        mcp->setElicitor(m_elicitor);
    }
    m_input->imageOptions()->setPrices(backend->falPrices());
    connect(backend, &Backend::falPricesChanged, m_input,
            [this, backend] { m_input->imageOptions()->setPrices(backend->falPrices()); });
    connect(backend->settings(), &Settings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::Theme)
            applyTheme();
    });

    if (m_sidebar->model()->rowCount() > 0)
        m_sidebar->sessionList()->setCurrentIndex(m_sidebar->model()->index(0));
    m_presenter->updateTitle();
    m_input->focusEditor();
}

// Questions still open are denied as the approver goes; the engine must not ask it again after that.
MainWindow::~MainWindow()
{
    if (m_approver)
        m_backend->engine()->setToolApprover(nullptr);
    delete m_approver;
    if (McpConnections *mcp = m_backend->mcp(); mcp && m_elicitor)
        mcp->setElicitor(nullptr);
    delete m_elicitor;
}

qint64 MainWindow::currentSession() const
{
    return m_presenter->currentSession();
}

MessageActions *MainWindow::messageActions() const
{
    return m_presenter->messageActions();
}

void MainWindow::pickFiles()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach images or documents"), folder,
        tr("Images and documents (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf *.txt *.md *.csv *.json "
           "*.c *.cpp *.h *.hpp *.py *.js *.ts *.rs *.go *.java *.kt *.swift *.rb *.sh *.sql *.html "
           "*.css "
           "*.xml *.yaml *.yml *.toml);;Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp);;"
           "Documents (*.pdf *.txt *.md *.csv *.json);;All files (*)"));
    attachFiles(paths);
}

QWidget *MainWindow::createChatPane()
{
    auto *pane = new QWidget(m_splitter);
    pane->setObjectName(QStringLiteral("chatPane"));
    pane->setBackgroundRole(QPalette::Base);
    pane->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(18, 10, 12, 6);
    m_title = new QLabel(pane);
    m_title->setAccessibleName(tr("Chat title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    header->addWidget(m_title, 1);
    m_usageButton = new QToolButton(pane);
    m_usageButton->setAccessibleName(tr("Usage"));
    m_usageButton->setToolTip(tr("Usage and spending"));
    m_usageButton->setAutoRaise(true);
    m_usageButton->setIconSize(QSize(18, 18));
    connect(m_usageButton, &QToolButton::clicked, this, &MainWindow::showUsage);
    header->addWidget(m_usageButton);
    m_settingsButton = new QToolButton(pane);
    m_settingsButton->setAccessibleName(tr("Settings"));
    m_settingsButton->setToolTip(tr("Settings (Ctrl+,)"));
    m_settingsButton->setAutoRaise(true);
    m_settingsButton->setIconSize(QSize(18, 18));
    connect(m_settingsButton, &QToolButton::clicked, this, &MainWindow::showSettings);
    m_chatSettingsButton = new QToolButton(pane);
    m_chatSettingsButton->setObjectName(QStringLiteral("chatSettings"));
    m_chatSettingsButton->setText(tr("Chat settings"));
    m_chatSettingsButton->setAccessibleName(tr("Chat settings"));
    m_chatSettingsButton->setToolTip(tr("This chat's system prompt, temperature, top-p and answer length"));
    m_chatSettingsButton->setAutoRaise(true);
    connect(m_chatSettingsButton, &QToolButton::clicked, this, &MainWindow::showChatSettings);
    header->addWidget(m_chatSettingsButton);
    header->addWidget(m_settingsButton);
    layout->addLayout(header);

    m_noticeRow = new QHBoxLayout;
    m_noticeRow->setContentsMargins(16, 0, 16, 0);
    layout->addLayout(m_noticeRow);

    m_chat = new ChatView(m_messages, m_backend->store()->images(), pane);
    layout->addWidget(m_chat, 1);
    m_input = new InputArea(m_backend->engine(), m_backend->models(), m_backend->settings(),
                            m_backend->store(), pane);
    layout->addWidget(m_input);
    return pane;
}

OpenNotice *MainWindow::openNotice()
{
    if (!m_openNotice) {
        m_openNotice = new OpenNotice(m_backend->store(), m_noticeRow->parentWidget());
        m_noticeRow->setContentsMargins(16, 0, 16, 6);
        m_noticeRow->addWidget(m_openNotice);
        connect(m_openNotice, &OpenNotice::reopened, this, [this] {
            startSync();
            m_sidebar->model()->reload();
            newChat();
        });
    }
    return m_openNotice;
}

void MainWindow::startSync()
{
    // Writes by the CLI, a second window or the sync worker show up here without a restart.
    m_backend->startSync();
    if (m_backend->sync() && !statusBar()->findChild<SyncIndicator *>())
        statusBar()->addPermanentWidget(new SyncIndicator(m_backend->sync(), this));
}

void MainWindow::applyTheme()
{
    Theme::apply(m_backend->settings()->theme());
    restyle();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void MainWindow::restyle()
{
    if (m_usageButton) {
        m_usageButton->setIcon(Theme::icon(QStringLiteral("usage"), Theme::subtleText(palette())));
        m_settingsButton->setIcon(Theme::icon(QStringLiteral("settings"), Theme::subtleText(palette())));
    }
}

void MainWindow::exportHistory(const QString &folder)
{
    Store *store = m_backend->store();
    auto *transfer = HistoryTransfer::startExport(store->location(), {}, folder);
    showTransferProgress(
        this, transfer, tr("Exporting the history…"), TransferUnit::Messages,
        [this, folder](bool ok, bool cancelled, const QString &error, const QList<qint64> &) {
            if (ok)
                statusBar()->showMessage(
                    tr("Exported %1 and its pictures (%2) into %3")
                        .arg(history::JsonFileName, history::ImagesFolder, QDir::toNativeSeparators(folder)),
                    5000);
            else if (!cancelled)
                QMessageBox::warning(this, tr("Export failed"), error);
        });
}

void MainWindow::importHistory(const QString &path)
{
    Store *store = m_backend->store();
    auto *transfer = HistoryTransfer::startImport(store->location(), path);
    showTransferProgress(this, transfer, tr("Importing the history…"), TransferUnit::Bytes,
                         [this](bool ok, bool cancelled, const QString &error, const QList<qint64> &ids) {
                             if (ok) {
                                 // One reload rather than a signal per imported session.
                                 m_sidebar->model()->reload();
                                 statusBar()->showMessage(tr("Imported %n chat(s)", nullptr, int(ids.size())),
                                                          5000);
                             } else if (!cancelled) {
                                 QMessageBox::warning(this, tr("Import failed"), error);
                             }
                         });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newChatAction = file->addAction(tr("&New chat"), this, &MainWindow::newChat);
    newChatAction->setShortcut(QKeySequence::New);
    QMenu *fromPreset = file->addMenu(tr("New chat from &preset"));
    fromPreset->setObjectName(QStringLiteral("presetMenu"));
    connect(fromPreset, &QMenu::aboutToShow, this, [this, fromPreset] {
        fromPreset->clear();
        for (const ChatPreset &preset : ChatPresets(m_backend->settings()).all())
            fromPreset->addAction(preset.name, this, [this, name = preset.name] { newChatFromPreset(name); });
    });
    file->addAction(tr("C&hat settings…"), this, &MainWindow::showChatSettings);
    file->addAction(tr("&Attach images or documents…"), m_input, &InputArea::pickFilesRequested);
    file->addSeparator();
    file->addAction(tr("&Export history…"), this, [this] {
        const QString folder =
            QFileDialog::getSaveFileName(this, tr("Export history to a new folder"),
                                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                             QStringLiteral("/Confab export"));
        if (!folder.isEmpty())
            exportHistory(folder);
    });
    file->addAction(tr("&Import history…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import history"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Confab export (history.json *.json)"));
        if (!path.isEmpty())
            importHistory(path);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *usage = view->addAction(tr("&Usage"), this, &MainWindow::showUsage);
    usage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    QAction *jump = view->addAction(tr("&Jump to latest"), this, [this] { m_chat->jumpToLatest(); });
    jump->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));
    QAction *settings = view->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Check setup…"), this, &MainWindow::showSetupCheck);
    help->addAction(tr("Copy &diagnostics"), this, &MainWindow::copyDiagnostics);
    help->addSeparator();
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About Confab"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createShortcuts()
{
    auto bind = [this](const QKeySequence &key, auto slot) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    bind(QKeySequence(Qt::CTRL | Qt::Key_K), [this] { m_sidebar->focusSearch(); });
    bind(QKeySequence::Find, [this] { m_sidebar->focusSearch(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { m_input->focusEditor(); });
    bind(QKeySequence(Qt::Key_Escape), [this] { m_presenter->stop(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { m_sidebar->stepSession(+1); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { m_sidebar->stepSession(-1); });
    bind(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { m_sidebar->stepSession(+1); });
    bind(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { m_sidebar->stepSession(-1); });
}

void MainWindow::openSession(qint64 sessionId)
{
    m_presenter->openSession(sessionId);
}
void MainWindow::newChat()
{
    m_presenter->newChat();
}
ChatSettingsDialog *MainWindow::showChatSettings()
{
    ChatParameters current;
    QString pdfEngine;
    const qint64 session = currentSession();
    if (session > 0) {
        if (const auto stored = m_backend->store()->sessions()->get(session)) {
            current = stored->parameters();
            pdfEngine = stored->pdfEngine;
        }
    } else if (const auto pending = m_input->newChatParameters()) {
        current = *pending;
    } else if (const auto preset = ChatPresets(m_backend->settings()).defaultPreset()) {
        current = preset->parameters;
    }
    auto *dialog = new ChatSettingsDialog(m_backend->settings(), current, this);
    dialog->setObjectName(QStringLiteral("chatSettingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPdfEngine(pdfEngine);
    // A chat's engine is kept with the chat, so a chat not yet started has none to set.
    dialog->pdfEngineChooser()->setEnabled(session > 0);
    connect(dialog, &QDialog::accepted, this, [this, dialog, session] {
        SessionStore *sessions = m_backend->store()->sessions();
        if (session == 0)
            m_input->setNewChatParameters(dialog->parameters());
        else if (!sessions->setParameters(session, dialog->parameters()) ||
                 !sessions->setPdfEngine(session, dialog->pdfEngine()))
            statusBar()->showMessage(sessions->lastError(), 8000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::newChatFromPreset(const QString &name)
{
    m_presenter->newChatFromPreset(name);
}
void MainWindow::attachFiles(const QStringList &paths)
{
    m_presenter->attachFiles(paths);
}

void MainWindow::openImage(const QString &hash)
{
    const QString path = m_backend->store()->images()->pathFor(hash);
    auto *viewer = new ImageViewer(path, hash, this);
    viewer->setObjectName(QStringLiteral("imageViewer"));
    connect(viewer, &ImageViewer::editRequested, this, [this](const QString &imageHash) {
        m_input->attachHash(imageHash, tr("image from this chat"));
        m_input->focusEditor();
    });
    viewer->show();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_backend->settings(), m_backend->keys(), m_backend->openRouter(),
                                      m_backend->environment().dataDir, this);
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    if (m_backend->sync())
        dialog->tabs()->addTab(new SyncPage(m_backend->sync(), dialog), tr("Sync"));
    if (McpConnections *mcp = m_backend->mcp())
        dialog->tabs()->addTab(
            new McpToolsPage(mcp, new McpSecretStore(m_backend->keys()->serviceName(), dialog), dialog),
            tr("Tools"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSetupCheck()
{
    auto *dialog = new SetupCheckDialog(m_backend, this);
    dialog->setObjectName(QStringLiteral("setupCheckDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->run();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showUsage()
{
    if (!m_usage) {
        m_usage = new UsageWindow(m_backend->store()->generations(), m_backend->settings(), this);
        m_usage->setObjectName(QStringLiteral("usageWindow"));
        m_usage->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_usage->reload();
    }
    m_usage->show();
    m_usage->raise();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *data = event->mimeData();
    QStringList paths;
    for (const QUrl &url : data->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        attachFiles(paths);
        event->acceptProposedAction();
    } else if (data->hasImage()) {
        m_backend->attachments()->addImage(qvariant_cast<QImage>(data->imageData()));
        event->acceptProposedAction();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Confab"),
        tr("<h3>Confab %1</h3><p>A native desktop client for chatting with OpenRouter models and "
           "generating and editing images with fal.ai.</p><p>Your history stays on this computer.</p>")
            .arg(applicationVersion()));
}

void MainWindow::copyDiagnostics()
{
    const AppEnvironment &environment = m_backend->environment();
    const DiagnosticsPaths paths{environment.dataDir, environment.databasePath(), environment.cacheDir,
                                 LogSink::filePath()};
    QGuiApplication::clipboard()->setText(diagnosticsReport(paths));
    statusBar()->showMessage(
        tr("Diagnostics copied to the clipboard: version, system, paths and the last log "
           "lines (keys are never in them)."),
        6000);
}

void MainWindow::restoreWindowState()
{
    const Settings *settings = m_backend->settings();
    if (!restoreGeometry(settings->value(SettingKey::WindowGeometry).toByteArray()))
        resize(openingWindowSize(screen() ? screen()->availableGeometry().size() : QSize()));
    restoreState(settings->value(SettingKey::WindowState).toByteArray());
    m_splitter->restoreState(settings->value(SettingKey::WindowSplitter).toByteArray());
}

void MainWindow::saveWindowState() const
{
    Settings *settings = m_backend->settings();
    settings->setValue(SettingKey::WindowGeometry, saveGeometry());
    settings->setValue(SettingKey::WindowState, saveState());
    settings->setValue(SettingKey::WindowSplitter, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

} // namespace confab::ui
