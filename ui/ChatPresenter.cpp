#include "ChatPresenter.h"

#include "chat/ChatView.h"
#include "chat/DocumentOpener.h"
#include "chat/MessageActions.h"
#include "engine/AttachmentIntake.h"
#include "engine/Backend.h"
#include "engine/ConversationEngine.h"
#include "input/InputArea.h"
#include "keys/KeyStore.h"
#include "models/MessageListModel.h"
#include "models/SessionListModel.h"
#include "settings/ChatPresets.h"
#include "settings/Settings.h"
#include "sidebar/Sidebar.h"
#include "store/ChangeFeed.h"
#include "store/Store.h"

#include <QListView>
#include <QStatusBar>

namespace confab::ui {

ChatPresenter::ChatPresenter(Backend *backend, const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_parts(parts)
    , m_actions(new MessageActions(backend, parts.chat, parts.input, parts.statusBar, parts.window))
{
    connect(m_actions, &MessageActions::busyChanged, this, &ChatPresenter::updateBusy);
    connectSidebar();
    connectConversation();
    connectEngine();
    updateFirstRun();
}

void ChatPresenter::connectSidebar()
{
    Sidebar *sidebar = m_parts.sidebar;
    connect(sidebar, &Sidebar::sessionActivated, this, &ChatPresenter::openSession);
    connect(sidebar, &Sidebar::newChatRequested, this, &ChatPresenter::newChat);
    connect(sidebar, &Sidebar::searchHitActivated, this, [this](qint64 sessionId, qint64 messageId) {
        openSession(sessionId);
        if (messageId > 0)
            m_parts.chat->showMessage(messageId);
    });
    connect(sidebar, &Sidebar::sessionPurged, this, [this](qint64 id) {
        if (id == m_session)
            newChat();
    });
    // Renamed here, or by the CLI, a title writer or another device.
    const auto renamed = [this](qint64 id) {
        if (id == m_session)
            updateTitle();
    };
    connect(m_backend->store()->sessions(), &SessionStore::sessionChanged, this, renamed);
    connect(m_backend->store()->changes(), &ChangeFeed::sessionChanged, this, renamed);
}

void ChatPresenter::connectConversation()
{
    ChatView *chat = m_parts.chat;
    InputArea *input = m_parts.input;
    QStatusBar *statusBar = m_parts.statusBar;
    connect(chat, &ChatView::retryRequested, this, &ChatPresenter::retry);
    connect(chat, &ChatView::continueRequested, this, &ChatPresenter::continueAnswer);
    connect(chat, &ChatView::documentActivated, this, [this, statusBar](const AttachedDocument &document) {
        if (!openStoredDocument(*m_backend->store()->documents(), document))
            statusBar->showMessage(tr("%1 could not be opened.").arg(document.name), 4000);
    });
    connect(chat, &ChatView::editImageRequested, this, [input](const QString &hash) {
        input->attachHash(hash, tr("image from this chat"));
        input->focusEditor();
    });
    connect(chat, &ChatView::codeCopied, this,
            [statusBar] { statusBar->showMessage(tr("Code copied"), 2000); });
    connect(input, &InputArea::sendRequested, this, &ChatPresenter::send);
    connect(input, &InputArea::stopRequested, this, &ChatPresenter::stop);
    connect(input, &InputArea::filesPasted, this, &ChatPresenter::attachFiles);
    connect(input, &InputArea::imagePasted, m_backend->attachments(), &AttachmentIntake::addImage);
    connect(m_backend->attachments(), &AttachmentIntake::attached, input, &InputArea::takeAttachment);
}

void ChatPresenter::connectEngine()
{
    ConversationEngine *engine = m_backend->engine();
    InputArea *input = m_parts.input;
    QStatusBar *statusBar = m_parts.statusBar;
    connect(engine, &ConversationEngine::busyChanged, this, &ChatPresenter::updateBusy);
    connect(engine, &ConversationEngine::notice, this,
            [statusBar](const QString &text) { statusBar->showMessage(text, 8000); });
    connect(engine, &ConversationEngine::turnFinished, this,
            [this, input, statusBar](qint64 sessionId, qint64, bool succeeded, const QString &error) {
                if (!succeeded && sessionId != m_session && !error.isEmpty())
                    statusBar->showMessage(tr("An answer in another chat failed: %1").arg(error), 8000);
                input->revalidate();
            });
    connect(m_backend, &Backend::keysChanged, input, &InputArea::revalidate);
    connect(m_backend, &Backend::keysChanged, this, &ChatPresenter::updateFirstRun);
    connect(m_backend->settings(), &Settings::changed, input, &InputArea::revalidate);
}

void ChatPresenter::openSession(qint64 sessionId)
{
    if (sessionId == m_session && m_parts.messages->sessionId() == sessionId)
        return;
    m_session = sessionId;
    m_parts.messages->setSession(sessionId);
    m_parts.sidebar->selectSession(sessionId);
    const std::optional<Session> session = m_backend->store()->sessions()->get(sessionId);
    // The conversation has just read the chat's newest messages; the input area needs only the last of them.
    const int rows = m_parts.messages->rowCount();
    m_parts.input->setSession(sessionId, session,
                              rows > 0 ? std::optional(m_parts.messages->messageAt(rows - 1)) : std::nullopt);
    updateBusy();
    updateTitle();
}

void ChatPresenter::newChat()
{
    m_session = 0;
    m_parts.input->setNewChatParameters(std::nullopt);
    m_parts.messages->setSession(0);
    m_parts.sidebar->sessionList()->clearSelection();
    m_parts.sidebar->sessionList()->setCurrentIndex(QModelIndex());
    m_parts.input->setSession(0, std::nullopt, std::nullopt);
    updateBusy();
    updateTitle();
    m_parts.input->focusEditor();
}

void ChatPresenter::newChatFromPreset(const QString &name)
{
    const auto preset = ChatPresets(m_backend->settings()).find(name);
    if (!preset)
        return;
    newChat();
    m_parts.input->setNewChatParameters(preset->parameters);
    m_parts.statusBar->showMessage(tr("New chat with the preset \"%1\".").arg(preset->name), 5000);
}

void ChatPresenter::updateTitle()
{
    QString title;
    if (m_session > 0)
        if (const std::optional<Session> session = m_backend->store()->sessions()->get(m_session))
            title = session->title;
    emit titleChanged(title.isEmpty() ? tr("New chat") : title, m_session == 0);
}

void ChatPresenter::updateFirstRun()
{
    KeyStore *keys = m_backend->keys();
    m_parts.chat->setNeedsKeys(keys->isLoaded() && !keys->hasKey(Provider::OpenRouter) &&
                               !keys->hasKey(Provider::Fal));
}

void ChatPresenter::updateBusy()
{
    m_parts.input->setBusy(m_session > 0 && m_backend->engine()->isBusy(m_session));
}

void ChatPresenter::send()
{
    const TurnRequest request = m_parts.input->request();
    const SendOutcome outcome = m_backend->engine()->send(request);
    if (!outcome.accepted) {
        m_parts.input->showNotice(outcome.message);
        return;
    }
    m_parts.input->clearAfterSend();
    if (!outcome.message.isEmpty())
        m_parts.statusBar->showMessage(outcome.message, 8000);
    m_parts.chat->jumpToLatest();
    if (outcome.sessionId != m_session)
        openSession(outcome.sessionId);
    updateBusy();
}

void ChatPresenter::stop()
{
    if (m_session > 0)
        m_backend->engine()->stop(m_session);
}

void ChatPresenter::retry(qint64 messageId)
{
    const SendOutcome outcome = m_backend->engine()->retry(messageId);
    if (!outcome.accepted)
        m_parts.input->showNotice(outcome.message);
    updateBusy();
}

void ChatPresenter::continueAnswer(qint64 messageId)
{
    const SendOutcome outcome = m_backend->engine()->continueAnswer(messageId);
    if (!outcome.accepted)
        m_parts.input->showNotice(outcome.message);
    updateBusy();
}

void ChatPresenter::attachFiles(const QStringList &paths)
{
    if (!paths.isEmpty())
        m_backend->attachments()->addFiles(paths);
}

} // namespace confab::ui
