#include "chat/MessageActions.h"

#include "chat/ChatView.h"
#include "engine/Backend.h"
#include "engine/ConversationEngine.h"
#include "input/InputArea.h"
#include "input/ModelPicker.h"
#include "store/Store.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace confab::ui {

MessageActions::MessageActions(Backend *backend, ChatView *chat, InputArea *input, QStatusBar *statusBar,
                               QWidget *window)
    : QObject(window)
    , m_backend(backend)
    , m_chat(chat)
    , m_input(input)
    , m_statusBar(statusBar)
    , m_window(window)
    , m_undoNotice(new QWidget(statusBar))
    , m_undo(new QPushButton(tr("Undo"), m_undoNotice))
{
    auto *row = new QHBoxLayout(m_undoNotice);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Message deleted."), m_undoNotice));
    m_undo->setObjectName(QStringLiteral("undoDelete"));
    m_undo->setShortcut(QKeySequence::Undo);
    row->addWidget(m_undo);
    m_statusBar->addWidget(m_undoNotice);
    m_undoNotice->hide();
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(UndoMs);
    connect(&m_undoTimer, &QTimer::timeout, this, &MessageActions::forgetRemoved);
    connect(m_undo, &QPushButton::clicked, this, &MessageActions::undoRemove);

    connect(chat, &ChatView::versionStepRequested, this, &MessageActions::stepVersion);
    connect(chat, &ChatView::editRequested, this, &MessageActions::edit);
    connect(chat, &ChatView::regenerateRequested, this, [this](qint64 id) { regenerate(id); });
    connect(chat, &ChatView::regenerateWithModelRequested, this, &MessageActions::regenerateWithChosenModel);
    connect(chat, &ChatView::removeRequested, this, &MessageActions::remove);
}

MessageActions::~MessageActions()
{
    forgetRemoved();
}

bool MessageActions::stepVersion(qint64 messageId, int step)
{
    MessageStore *messages = m_backend->store()->messages();
    const QList<qint64> versions = messages->versions(messageId);
    const qsizetype target = versions.indexOf(messageId) + step;
    if (target < 0 || target >= versions.size())
        return false;
    return messages->selectBranch(versions.at(target));
}

bool MessageActions::edit(qint64 messageId)
{
    MessageStore *messages = m_backend->store()->messages();
    const auto question = messages->get(messageId);
    if (!question || question->role != MessageRole::User)
        return false;
    // The question is asked again the way its answer was asked for.
    GenerationMode mode = m_input->mode();
    if (const auto answer = messages->selectedReply(messageId))
        mode = generationModeFromString(answer->metadata.mode).value_or(mode);
    m_input->startEditing(*question, mode);
    return true;
}

bool MessageActions::regenerate(qint64 messageId, const QString &model)
{
    ConversationEngine *engine = m_backend->engine();
    if (!engine)
        return false;
    const SendOutcome outcome = engine->regenerate(messageId, model);
    if (!outcome.accepted)
        m_input->showNotice(outcome.message);
    emit busyChanged();
    return outcome.accepted;
}

void MessageActions::regenerateWithChosenModel(qint64 messageId)
{
    const auto answer = m_backend->store()->messages()->get(messageId);
    if (!answer)
        return;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Regenerate with another model"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Answer again with:"), &dialog));
    auto *picker = new ModelPicker(m_backend->models(), m_backend->settings(), &dialog);
    picker->setObjectName(QStringLiteral("regenerateModel"));
    picker->setMode(generationModeFromString(answer->metadata.mode).value_or(GenerationMode::Text));
    picker->setPreferred(answer->metadata.model);
    layout->addWidget(picker);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Regenerate"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        regenerate(messageId, picker->model());
}

bool MessageActions::remove(qint64 messageId)
{
    forgetRemoved();
    auto removed = m_backend->store()->messages()->detach(messageId);
    if (!removed) {
        m_input->showNotice(m_backend->store()->messages()->lastError());
        return false;
    }
    m_removed = std::move(removed);
    m_undoNotice->show();
    m_undoTimer.start();
    return true;
}

bool MessageActions::undoRemove()
{
    if (!m_removed)
        return false;
    const bool restored = m_backend->store()->messages()->restore(*m_removed);
    if (!restored)
        m_input->showNotice(m_backend->store()->messages()->lastError());
    m_removed.reset();
    m_undoTimer.stop();
    m_undoNotice->hide();
    return restored;
}

void MessageActions::forgetRemoved()
{
    m_undoTimer.stop();
    if (m_removed)
        m_backend->store()->messages()->release(*m_removed);
    m_removed.reset();
    if (m_undoNotice)
        m_undoNotice->hide();
}

} // namespace confab::ui
