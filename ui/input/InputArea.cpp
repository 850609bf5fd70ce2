#include "input/InputArea.h"

#include "engine/ConversationEngine.h"
#include "input/AttachmentStrip.h"
#include "input/ComposerFrame.h"
#include "input/DocumentChips.h"
#include "input/ImageOptionsBar.h"
#include "input/ModelPicker.h"
#include "input/PromptEdit.h"
#include "input/ReasoningEffortPicker.h"
#include "input/ToolServersButton.h"
#include "mcp/McpConnections.h"
#include "openrouter/ModelCatalog.h"
#include "store/Store.h"
#include "theme/Theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace confab::ui {

namespace {
void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette;
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}
} // namespace

InputArea::InputArea(ConversationEngine *engine, ModelCatalog *models, Settings *settings, Store *store,
                     QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_models(models)
    , m_reason(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_editBanner(new QWidget(this))
    , m_strip(new AttachmentStrip(store->images(), this))
    , m_documents(new DocumentChips(this))
    , m_editor(new PromptEdit(this))
    , m_attach(new QToolButton(this))
    , m_mode(new QComboBox(this))
    , m_model(new ModelPicker(models, settings, this))
    , m_effort(new ReasoningEffortPicker(this))
    , m_web(new QToolButton(this))
    , m_imageOptions(new ImageOptionsBar(settings, this))
    , m_send(new QPushButton(tr("Send"), this))
{
    setObjectName(QStringLiteral("inputArea"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 4, 16, 12);
    outer->setSpacing(6);

    m_reason->setObjectName(QStringLiteral("sendUnavailable"));
    m_reason->setAccessibleName(tr("Why sending is unavailable"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    m_notice->setObjectName(QStringLiteral("inputNotice"));
    m_notice->setAccessibleName(tr("Attachment notice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    outer->addWidget(m_reason);
    outer->addWidget(m_notice);

    m_editBanner->setObjectName(QStringLiteral("editBanner"));
    auto *banner = new QHBoxLayout(m_editBanner);
    banner->setContentsMargins(0, 0, 0, 0);
    auto *editing = new QLabel(
        tr("Editing an earlier message: Send adds it as a new version, and the answers to the old one are "
           "kept on their own branch."),
        m_editBanner);
    editing->setWordWrap(true);
    auto *cancel = new QPushButton(tr("Cancel editing"), m_editBanner);
    cancel->setObjectName(QStringLiteral("cancelEditing"));
    banner->addWidget(editing, 1);
    banner->addWidget(cancel);
    m_editBanner->hide();
    connect(cancel, &QPushButton::clicked, this, [this] {
        cancelEditing();
        m_editor->clear();
        m_strip->clear();
        m_documents->clear();
    });
    outer->addWidget(m_editBanner);

    auto *frame = new ComposerFrame(this);
    auto *inner = new QVBoxLayout(frame);
    inner->setContentsMargins(10, 8, 10, 8);
    inner->setSpacing(6);
    inner->addWidget(m_strip);
    inner->addWidget(m_documents);
    m_editor->setMinimumHeight(48);
    m_editor->setMaximumHeight(180);
    m_editor->setFixedHeight(64);
    inner->addWidget(m_editor);

    auto *controls = new QHBoxLayout;
    m_controls = controls;
    controls->setSpacing(6);
    m_attach->setAccessibleName(tr("Attach images or documents"));
    m_attach->setToolTip(tr("Attach images or documents (PDF, text, Markdown, CSV, JSON, source files)"));
    m_attach->setAutoRaise(true);
    m_attach->setIconSize(QSize(18, 18));
    controls->addWidget(m_attach);
    for (GenerationMode mode : {GenerationMode::Text, GenerationMode::TextToImage,
                                GenerationMode::ImageToImage, GenerationMode::Auto})
        m_mode->addItem(displayName(mode), int(mode));
    m_mode->setAccessibleName(tr("Generation mode"));
    m_mode->setToolTip(tr("What the next turn asks for"));
    controls->addWidget(m_mode);
    controls->addWidget(m_model, 1);
    controls->addWidget(m_effort);
    m_web->setObjectName(QStringLiteral("webSearch"));
    m_web->setText(tr("Search the web"));
    m_web->setAccessibleName(tr("Search the web"));
    m_web->setToolTip(tr("Let the model look things up on the web and cite its sources. Each search is "
                         "billed (about $0.007 with OpenRouter's default search engine)."));
    m_web->setCheckable(true);
    m_web->setAutoRaise(true);
    controls->addWidget(m_web);
    controls->addWidget(m_imageOptions);
    controls->addStretch(0);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setAccessibleName(tr("Send"));
    m_send->setDefault(true);
    m_send->setCursor(Qt::PointingHandCursor);
    m_send->setIconSize(QSize(16, 16));
    m_send->setMinimumWidth(88);
    controls->addWidget(m_send);
    inner->addLayout(controls);
    outer->addWidget(frame);

    restyle();

    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(150);
    connect(&m_validateTimer, &QTimer::timeout, this, &InputArea::revalidate);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_validateTimer.start();
        const int lines = int(m_editor->document()->size().height());
        m_editor->setFixedHeight(qBound(64, lines * m_editor->fontMetrics().lineSpacing() + 16, 180));
    });
    connect(m_editor, &PromptEdit::submitted, this, &InputArea::onSendClicked);
    connect(m_editor, &PromptEdit::imagePasted, this, &InputArea::imagePasted);
    connect(m_editor, &PromptEdit::filesPasted, this, &InputArea::filesPasted);
    connect(m_send, &QPushButton::clicked, this, &InputArea::onSendClicked);
    connect(m_attach, &QToolButton::clicked, this, &InputArea::pickFilesRequested);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &InputArea::onModeChanged);
    connect(m_model, &QComboBox::currentTextChanged, this, [this] {
        offerReasoningEffort();
        m_validateTimer.start();
    });
    if (ModelCatalog *models = m_models)
        connect(models, &ModelCatalog::modelsChanged, this, &InputArea::offerReasoningEffort);
    connect(m_imageOptions, &ImageOptionsBar::changed, this, [this] { m_validateTimer.start(); });
    connect(m_strip, &AttachmentStrip::changed, this, [this] { m_validateTimer.start(); });
    connect(m_documents, &DocumentChips::changed, this, [this] { m_validateTimer.start(); });
    connect(m_engine, &ConversationEngine::readinessChanged, this, &InputArea::revalidate);
    onModeChanged();
}

void InputArea::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void InputArea::restyle()
{
    const QPalette p = palette();
    setTextColor(m_reason, Theme::subtleText(p));
    setTextColor(m_notice, Theme::errorText(p));
    m_send->setStyleSheet(
        QStringLiteral(
            "QPushButton { background: %1; color: %2; border: none; border-radius: 10px; padding: 7px 16px;"
            " font-weight: 600; } QPushButton:disabled { background: %3; color: %4; }"
            " QPushButton:focus { border: 2px solid %5; padding: 5px 14px; }")
            .arg(Theme::accent(p).name(), p.color(QPalette::HighlightedText).name(),
                 Theme::codeBackground(p).name(), Theme::subtleText(p).name(),
                 p.color(QPalette::Text).name()));
    m_attach->setIcon(Theme::icon(QStringLiteral("attach"), Theme::subtleText(p)));
    updateSendButton();
}

GenerationMode InputArea::mode() const
{
    return GenerationMode(m_mode->currentData().toInt());
}

void InputArea::setMode(GenerationMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void InputArea::onModeChanged()
{
    m_model->setMode(mode());
    m_imageOptions->setMode(mode());
    // In the image modes the fal model is chosen among the image options, with its price.
    m_model->setVisible(chatMode());
    m_web->setVisible(chatMode());
    offerToolServers();
    offerReasoningEffort();
    revalidate();
}

bool InputArea::chatMode() const
{
    return mode() == GenerationMode::Text || mode() == GenerationMode::Auto;
}

void InputArea::setSession(qint64 sessionId, const std::optional<Session> &session,
                           const std::optional<Message> &newest)
{
    if (sessionId != m_sessionId)
        cancelEditing();
    m_sessionId = sessionId;
    if (mode() == GenerationMode::Text || mode() == GenerationMode::Auto)
        m_model->setPreferred(session ? session->model : QString());
    m_effort->setEffort(session ? session->reasoningEffort : QString());
    // A chat searches the web while its questions do: the switch shows how its latest question was sent. A
    // new chat keeps the switch as it is.
    if (session)
        m_web->setChecked(newest && requestFromJson(newest->metadata.request).webSearch);
    if (m_tools)
        m_tools->setSession(sessionId);
    offerReasoningEffort();
    revalidate();
}

void InputArea::setToolServers(McpConnections *connections)
{
    m_tools = new ToolServersButton(connections, this);
    // Beside "Search the web", in the same row of controls.
    m_controls->insertWidget(m_controls->indexOf(m_web) + 1, m_tools);
    m_tools->setSession(m_sessionId);
    connect(connections, &McpConnections::statusChanged, this, &InputArea::offerToolServers);
    offerToolServers();
}

void InputArea::offerToolServers()
{
    if (m_tools)
        m_tools->setVisible(chatMode() && m_tools->hasServers());
}

void InputArea::offerReasoningEffort()
{
    ModelCatalog *models = m_models;
    m_effort->offerFor(chatMode() && models ? models->find(m_model->model()) : nullptr);
}

TurnRequest InputArea::request() const
{
    TurnRequest request;
    request.sessionId = m_sessionId;
    request.mode = mode();
    request.prompt = m_editor->toPlainText().trimmed();
    request.model = chatMode() ? m_model->model() : m_imageOptions->model();
    request.imageHashes = m_strip->hashes();
    request.image = m_imageOptions->options();
    request.webSearch = chatMode() && m_web->isChecked();
    if (m_tools && chatMode() && m_tools->hasServers())
        request.toolServers = m_tools->chosen();
    request.documents = m_documents->documents();
    if (m_effort->isOffered())
        request.reasoningEffort = m_effort->effort();
    request.newVersionOf = m_editing;
    if (m_sessionId == 0)
        request.parameters = m_newChatParameters;
    return request;
}

void InputArea::startEditing(const Message &question, GenerationMode mode)
{
    m_strip->clear();
    m_documents->clear();
    for (const MessageImage &image : question.images) {
        if (image.role == ImageRole::Input)
            attachHash(image.hash, tr("the edited message"));
    }
    for (const AttachedDocument &document : question.documents)
        m_documents->add(document);
    setMode(mode);
    m_editor->setPlainText(question.content);
    m_editing = question.id;
    m_editBanner->show();
    focusEditor();
    revalidate();
}

void InputArea::cancelEditing()
{
    m_editing = 0;
    m_editBanner->hide();
    revalidate();
}

void InputArea::setNewChatParameters(const std::optional<ChatParameters> &parameters)
{
    m_newChatParameters = parameters;
}

void InputArea::revalidate()
{
    m_refusal.clear();
    const ConversationEngine *engine = m_engine;
    const Readiness ready = engine->readiness(mode());
    if (!ready.canSend)
        m_refusal = ready.reason;
    else if (!m_editor->toPlainText().trimmed().isEmpty())
        m_refusal = engine->refusalFor(request());
    m_reason->setText(m_refusal);
    m_reason->setVisible(!m_refusal.isEmpty());
    updateSendButton();
}

void InputArea::updateSendButton()
{
    const QPalette p = palette();
    if (m_busy) {
        m_send->setText(tr("Stop"));
        m_send->setAccessibleName(tr("Stop"));
        m_send->setToolTip(tr("Stop the answer (Esc)"));
        m_send->setIcon(Theme::icon(QStringLiteral("stop"), p.color(QPalette::HighlightedText)));
        m_send->setEnabled(true);
        return;
    }
    m_send->setText(tr("Send"));
    m_send->setAccessibleName(tr("Send"));
    m_send->setIcon(Theme::icon(QStringLiteral("send"), p.color(QPalette::HighlightedText)));
    const bool empty = m_editor->toPlainText().trimmed().isEmpty();
    m_send->setEnabled(!empty && m_refusal.isEmpty());
    if (!m_refusal.isEmpty())
        m_send->setToolTip(m_refusal);
    else
        m_send->setToolTip(empty ? tr("Write a message to send it") : tr("Send (Enter)"));
}

void InputArea::setBusy(bool busy)
{
    m_busy = busy;
    updateSendButton();
}

void InputArea::onSendClicked()
{
    if (m_busy) {
        emit stopRequested();
        return;
    }
    revalidate();
    if (m_send->isEnabled())
        emit sendRequested();
}

void InputArea::takeAttachment(const Attachment &attachment)
{
    if (!attachment.ok()) {
        showNotice(tr("%1 was not attached: %2").arg(attachment.source, attachment.error));
        return;
    }
    m_notice->hide();
    if (attachment.isDocument()) {
        m_documents->add(attachment.document);
        if (!chatMode())
            setMode(GenerationMode::Text);
        revalidate();
        return;
    }
    m_strip->add(attachment);
    if (mode() != GenerationMode::ImageToImage)
        setMode(GenerationMode::ImageToImage);
    revalidate();
}

void InputArea::attachHash(const QString &hash, const QString &source)
{
    Attachment attachment;
    attachment.hash = hash;
    attachment.source = source;
    takeAttachment(attachment);
}

void InputArea::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString InputArea::notice() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void InputArea::clearAfterSend()
{
    m_editing = 0;
    m_editBanner->hide();
    m_newChatParameters.reset();
    m_editor->clear();
    m_strip->clear();
    m_documents->clear();
    m_notice->hide();
    revalidate();
}

void InputArea::focusEditor()
{
    m_editor->setFocus(Qt::ShortcutFocusReason);
}

} // namespace confab::ui
