#include "MainWindow.h"

#include "OpenNotice.h"
#include "accessibility/AccessibleNaming.h"
#include "accessibility/ShortcutsDialog.h"
#include "chat/ChatView.h"
#include "chat/DocumentOpener.h"
#include "chat/MessageActions.h"
#include "common/AppInfo.h"
#include "dialogs/ChatSettingsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/SetupCheckDialog.h"
#include "dialogs/SyncPage.h"
#include "engine/AttachmentIntake.h"
#include "engine/Backend.h"
#include "engine/ConversationEngine.h"
#include "engine/TitleWriter.h"
#include "input/ImageOptionsBar.h"
#include "input/InputArea.h"
#include "keys/KeyStore.h"
#include "log/Diagnostics.h"
#include "log/LogSink.h"
#include "mcp/DialogToolApprover.h"
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
#include "sync/ExternalChangeWatcher.h"
#include "sync/SyncIndicator.h"
#include "sync/SyncService.h"
#include "theme/Theme.h"
#include "transfer/TransferProgress.h"
#include "usage/UsageWindow.h"
#include "viewer/ImageViewer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
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

    // Writes by the CLI, a second window or the sync worker show up here without a restart.
    new ExternalChangeWatcher(backend->store(), this);
    m_sync = new SyncService(backend->store(), backend->settings(), this);
    statusBar()->addPermanentWidget(new SyncIndicator(m_sync, this));

    restyle();
    createMenus();
    createShortcuts();
    restoreWindowState();
    m_openNotice->showResult(opened);

    connect(m_sidebar, &Sidebar::sessionActivated, this, &MainWindow::openSession);
    connect(m_sidebar, &Sidebar::newChatRequested, this, &MainWindow::newChat);
    connect(m_sidebar, &Sidebar::searchHitActivated, this, [this](qint64 sessionId, qint64 messageId) {
        openSession(sessionId);
        if (messageId > 0)
            m_chat->showMessage(messageId);
    });
    connect(m_sidebar, &Sidebar::sessionPurged, this, [this](qint64 id) {
        if (id == m_session)
            newChat();
    });
    connect(backend, &Backend::historyDamaged, m_openNotice, &OpenNotice::showDamage);
    connect(m_openNotice, &OpenNotice::reopened, this, [this] {
        m_sidebar->model()->reload();
        newChat();
    });
    connect(m_chat, &ChatView::retryRequested, this, &MainWindow::retry);
    connect(m_chat, &ChatView::continueRequested, this, &MainWindow::continueAnswer);
    connect(m_chat, &ChatView::keysRequested, this, &MainWindow::showSettings);
    m_actions = new MessageActions(backend, m_chat, m_input, statusBar(), this);
    connect(m_actions, &MessageActions::busyChanged, this, &MainWindow::updateBusy);
    if (ConversationEngine *engine = backend->engine())
        m_titles = new TitleWriter(engine, backend->store(), backend->settings(), backend->keys(),
                                   backend->openRouter(), this);
    connect(m_chat, &ChatView::imageActivated, this, &MainWindow::openImage);
    connect(m_chat, &ChatView::documentActivated, this, [this](const AttachedDocument &document) {
        if (!openStoredDocument(*m_backend->store()->documents(), document))
            statusBar()->showMessage(tr("%1 could not be opened.").arg(document.name), 4000);
    });
    connect(m_chat, &ChatView::editImageRequested, this, [this](const QString &hash) {
        m_input->attachHash(hash, tr("image from this chat"));
        m_input->focusEditor();
    });
    connect(m_chat, &ChatView::codeCopied, this,
            [this] { statusBar()->showMessage(tr("Code copied"), 2000); });
    if (McpConnections *mcp = backend->mcp()) {
        m_input->setToolServers(mcp);
        m_approver = new DialogToolApprover(this);
        backend->engine()->setToolApprover(m_approver);
    }
    m_input->imageOptions()->setPrices(backend->falPrices());
    connect(backend, &Backend::falPricesChanged, m_input,
            [this, backend] { m_input->imageOptions()->setPrices(backend->falPrices()); });
    connect(m_input, &InputArea::sendRequested, this, &MainWindow::send);
    connect(m_input, &InputArea::stopRequested, this, &MainWindow::stop);
    connect(m_input, &InputArea::pickFilesRequested, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Attach images or documents"), folder,
            tr("Images and documents (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf *.txt *.md *.csv *.json "
               "*.c *.cpp *.h *.hpp *.py *.js *.ts *.rs *.go *.java *.kt *.swift *.rb *.sh *.sql *.html "
               "*.css "
               "*.xml *.yaml *.yml *.toml);;Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp);;"
               "Documents (*.pdf *.txt *.md *.csv *.json);;All files (*)"));
        attachFiles(paths);
    });
    connect(m_input, &InputArea::filesPasted, this, &MainWindow::attachFiles);
    connect(m_input, &InputArea::imagePasted, backend->attachments(), &AttachmentIntake::addImage);
    connect(backend->attachments(), &AttachmentIntake::attached, m_input, &InputArea::takeAttachment);
    ConversationEngine *engine = backend->engine();
    connect(engine, &ConversationEngine::busyChanged, this, &MainWindow::updateBusy);
    connect(engine, &ConversationEngine::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(engine, &ConversationEngine::turnFinished, this,
            [this](qint64 sessionId, qint64, bool succeeded, const QString &error) {
                if (!succeeded && sessionId != m_session && !error.isEmpty())
                    statusBar()->showMessage(tr("An answer in another chat failed: %1").arg(error), 8000);
                m_input->revalidate();
            });
    connect(backend, &Backend::keysChanged, m_input, &InputArea::revalidate);
    connect(backend, &Backend::keysChanged, this, &MainWindow::updateFirstRun);
    updateFirstRun();
    connect(backend->settings(), &Settings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::Theme)
            applyTheme();
        m_input->revalidate();
    });
    connect(backend->store()->sessions(), &SessionStore::sessionChanged, this, [this](qint64 id) {
        if (id == m_session)
            updateHeader();
    });

    if (m_sidebar->model()->rowCount() > 0)
        m_sidebar->sessionList()->setCurrentIndex(m_sidebar->model()->index(0));
    updateHeader();
    m_input->focusEditor();
}

// A title still being written is cancelled on the way out, which renames its chat; that must reach a window
// that is still whole, so the writer goes before the widgets do.
MainWindow::~MainWindow()
{
    // Questions still open are denied as the approver goes; the engine must not ask it again after that.
    if (m_approver)
        m_backend->engine()->setToolApprover(nullptr);
    delete m_approver;
    delete m_titles;
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

    m_openNotice = new OpenNotice(m_backend->store(), pane);
    auto *noticeRow = new QHBoxLayout;
    noticeRow->setContentsMargins(16, 0, 16, 6);
    noticeRow->addWidget(m_openNotice);
    layout->addLayout(noticeRow);

    m_chat = new ChatView(m_messages, m_backend->store()->images(), pane);
    layout->addWidget(m_chat, 1);
    m_input = new InputArea(m_backend->engine(), m_backend->models(), m_backend->settings(),
                            m_backend->store(), pane);
    layout->addWidget(m_input);
    return pane;
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
    bind(QKeySequence(Qt::Key_Escape), [this] { stop(); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { m_sidebar->stepSession(+1); });
    bind(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { m_sidebar->stepSession(-1); });
    bind(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { m_sidebar->stepSession(+1); });
    bind(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { m_sidebar->stepSession(-1); });
}

void MainWindow::openSession(qint64 sessionId)
{
    if (sessionId == m_session && m_messages->sessionId() == sessionId)
        return;
    m_session = sessionId;
    m_messages->setSession(sessionId);
    m_sidebar->selectSession(sessionId);
    const std::optional<Session> session = m_backend->store()->sessions()->get(sessionId);
    m_input->setSession(sessionId, session ? session->model : QString());
    updateBusy();
    updateHeader();
}

void MainWindow::newChat()
{
    m_session = 0;
    m_input->setNewChatParameters(std::nullopt);
    m_messages->setSession(0);
    m_sidebar->sessionList()->clearSelection();
    m_sidebar->sessionList()->setCurrentIndex(QModelIndex());
    m_input->setSession(0, {});
    updateBusy();
    updateHeader();
    m_input->focusEditor();
}

void MainWindow::updateHeader()
{
    QString title = tr("New chat");
    if (m_session > 0)
        if (const std::optional<Session> session = m_backend->store()->sessions()->get(m_session))
            title = session->title.isEmpty() ? tr("New chat") : session->title;
    m_title->setText(title);
    setWindowTitle(m_session > 0 ? QStringLiteral("%1 — Confab").arg(title) : QStringLiteral("Confab"));
}

ChatSettingsDialog *MainWindow::showChatSettings()
{
    ChatParameters current;
    QString pdfEngine;
    const qint64 session = m_session;
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
    const auto preset = ChatPresets(m_backend->settings()).find(name);
    if (!preset)
        return;
    newChat();
    m_input->setNewChatParameters(preset->parameters);
    statusBar()->showMessage(tr("New chat with the preset \"%1\".").arg(preset->name), 5000);
}

void MainWindow::updateFirstRun()
{
    KeyStore *keys = m_backend->keys();
    m_chat->setNeedsKeys(keys->isLoaded() && !keys->hasKey(Provider::OpenRouter) &&
                         !keys->hasKey(Provider::Fal));
}

void MainWindow::updateBusy()
{
    m_input->setBusy(m_session > 0 && m_backend->engine()->isBusy(m_session));
}

void MainWindow::send()
{
    const TurnRequest request = m_input->request();
    const SendOutcome outcome = m_backend->engine()->send(request);
    if (!outcome.accepted) {
        m_input->showNotice(outcome.message);
        return;
    }
    m_input->clearAfterSend();
    if (!outcome.message.isEmpty())
        statusBar()->showMessage(outcome.message, 8000);
    m_chat->jumpToLatest();
    if (outcome.sessionId != m_session)
        openSession(outcome.sessionId);
    updateBusy();
}

void MainWindow::stop()
{
    if (m_session > 0)
        m_backend->engine()->stop(m_session);
}

void MainWindow::retry(qint64 messageId)
{
    const SendOutcome outcome = m_backend->engine()->retry(messageId);
    if (!outcome.accepted)
        m_input->showNotice(outcome.message);
    updateBusy();
}

void MainWindow::continueAnswer(qint64 messageId)
{
    const SendOutcome outcome = m_backend->engine()->continueAnswer(messageId);
    if (!outcome.accepted)
        m_input->showNotice(outcome.message);
    updateBusy();
}

void MainWindow::attachFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_backend->attachments()->addFiles(paths);
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
    dialog->tabs()->addTab(new SyncPage(m_sync, dialog), tr("Sync"));
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
