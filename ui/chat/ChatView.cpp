#include "chat/ChatView.h"

#include "accessibility/ConversationKeys.h"
#include "accessibility/MessageAnnouncer.h"
#include "chat/FirstRunHint.h"
#include "chat/LinkPolicy.h"
#include "chat/MessageDelegate.h"
#include "chat/OlderPagesProxy.h"
#include "models/MessageListModel.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QToolButton>
#include <QUrl>

namespace confab::ui {

namespace {
// Changed rows repaint at most this often: tokens arrive far faster than a screen refreshes.
constexpr int FrameMs = 16;
// The typing dots of a streaming answer step about three times a second.
constexpr int FramesPerDotStep = 22;
} // namespace

ChatView::ChatView(MessageListModel *model, ImageStore *images, QWidget *parent)
    : QListView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("conversation"));
    setAccessibleName(tr("Conversation"));
    setUniformItemSizes(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setSpacing(0);
    verticalScrollBar()->setSingleStep(24);

    m_delegate = new MessageDelegate(this, images, this);
    setItemDelegate(m_delegate);
    m_rows = new OlderPagesProxy(this);
    m_rows->setSourceModel(model);
    setModel(m_rows);
    new MessageAnnouncer(this);
    ConversationKeys::install(this);

    m_jump = new QToolButton(this);
    m_jump->setAccessibleName(tr("Jump to latest"));
    m_jump->setToolTip(tr("Jump to the latest message"));
    m_jump->setAutoRaise(false);
    m_jump->setIconSize(QSize(18, 18));
    m_jump->setFixedSize(36, 36);
    m_jump->setCursor(Qt::PointingHandCursor);
    m_jump->hide();
    connect(m_jump, &QToolButton::clicked, this, &ChatView::jumpToLatest);

    connect(m_rows, &QAbstractItemModel::rowsInserted, this, &ChatView::onRowsInserted);
    connect(m_rows, &QAbstractItemModel::rowsInserted, this, &ChatView::updateFirstRunHint);
    connect(m_rows, &QAbstractItemModel::rowsRemoved, this, &ChatView::updateFirstRunHint);
    connect(m_rows, &QAbstractItemModel::modelReset, this, [this] {
        m_delegate->clearCaches();
        m_changedFirst = m_changedLast = -1;
        m_editorIndex = QPersistentModelIndex();
        m_follow = true;
        m_jump->hide();
        QTimer::singleShot(0, this, &ChatView::followIfNeeded);
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ChatView::onScrolled);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &ChatView::followIfNeeded);

    // The one place that paces repaints: changed rows are laid out and painted once per frame, and the typing
    // dots step every few frames. The timer runs only while something changes or streams in sight.
    m_frameTimer.setInterval(FrameMs);
    connect(&m_frameTimer, &QTimer::timeout, this, &ChatView::onFrame);
    changeEvent(nullptr);
}

void ChatView::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_delegate->clearCaches();
        m_jump->setIcon(
            Theme::icon(QStringLiteral("arrow-down"), palette().color(QPalette::HighlightedText)));
        m_jump->setStyleSheet(
            QStringLiteral("QToolButton { background: %1; border: none; border-radius: 18px; }")
                .arg(Theme::accent(palette()).name()));
        if (event)
            scheduleDelayedItemsLayout();
    }
    if (event)
        QListView::changeEvent(event);
}

void ChatView::setNeedsKeys(bool needsKeys)
{
    m_needsKeys = needsKeys;
    updateFirstRunHint();
}

bool ChatView::showsFirstRunHint() const
{
    return m_firstRun && m_firstRun->isVisible();
}

void ChatView::updateFirstRunHint()
{
    const bool show = m_needsKeys && m_model->rowCount() == 0;
    if (show && !m_firstRun) {
        m_firstRun = new FirstRunHint(viewport());
        connect(static_cast<FirstRunHint *>(m_firstRun), &FirstRunHint::keysRequested, this,
                &ChatView::keysRequested);
    }
    if (!m_firstRun)
        return;
    m_firstRun->setVisible(show);
    if (show) {
        const QSize size = m_firstRun->sizeHint().boundedTo(viewport()->size());
        m_firstRun->setGeometry(
            QRect(QPoint(0, 0), size)
                .translated(viewport()->rect().center() - QRect(QPoint(0, 0), size).center()));
    }
    viewport()->update();
}

void ChatView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (m_delegate->takeRemeasured())
        scheduleDelayedItemsLayout();
    if (m_model->rowCount() > 0 || showsFirstRunHint())
        return;
    // An empty chat says what can be done here instead of showing a blank page.
    QPainter painter(viewport());
    const QRect area = viewport()->rect();
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setWeight(QFont::DemiBold);
    painter.setFont(title);
    painter.setPen(palette().color(QPalette::Text));
    const int titleHeight = QFontMetrics(title).height();
    const QRect titleRect(area.left(), area.center().y() - titleHeight - 8, area.width(), titleHeight);
    painter.drawText(titleRect, Qt::AlignCenter, tr("What shall we make today?"));
    painter.setFont(font());
    painter.setPen(Theme::subtleText(palette()));
    painter.drawText(
        QRect(area.left() + 40, titleRect.bottom() + 10, area.width() - 80, 80),
        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
        tr("Chat with any OpenRouter model, generate pictures with Text → Image, or drop an image "
           "here to edit it."));
}

void ChatView::onFrame()
{
    flushChanges();
    if (++m_frame % FramesPerDotStep != 0)
        return;
    if (!animateStreaming())
        m_frameTimer.stop();
}

bool ChatView::animateStreaming()
{
    const int first = indexAt(QPoint(1, 1)).row();
    if (first < 0)
        return false;
    bool streaming = false;
    for (int row = first; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_rows->index(row, 0);
        const QRect rect = visualRect(index);
        if (rect.top() > viewport()->height())
            break;
        if (index.data(confab::MessageRoles::StreamingRole).toBool()) {
            viewport()->update(rect);
            streaming = true;
        }
    }
    return streaming;
}

void ChatView::doItemsLayout()
{
    QListView::doItemsLayout();
    fillViewport();
}

// A chat opens on its newest few messages (MessageListModel::OpeningPageSize). While they do not fill the
// viewport there is no scroll bar to scroll up to older ones with, so they are loaded here, at layout time,
// before the rows are painted: the first picture of a tall window is a full one.
void ChatView::fillViewport()
{
    if (m_filling || !isVisible())
        return;
    const QScopedValueRollback filling(m_filling, true);
    QSet<qint64> laidOut;
    for (;;) {
        if (verticalScrollBar()->maximum() == 0 && m_rows->hasOlder())
            m_model->fetchOlder(MessageListModel::OpeningPageSize);
        else if (!layOutRowsInSight(laidOut))
            return;
        QListView::doItemsLayout();
    }
}

// Rows are placed by an estimate of their height until their text is laid out, and painting would correct it,
// moving the rows after the first picture of them. The rows in sight are laid out before that instead; each
// at most once a pass (`laidOut`), as placing the rows again can bring others into sight.
bool ChatView::layOutRowsInSight(QSet<qint64> &laidOut)
{
    bool any = false;
    for (int row = qMax(0, indexAt(QPoint(1, 0)).row()); row < m_rows->rowCount(); ++row) {
        const QModelIndex index = m_rows->index(row, 0);
        if (visualRect(index).top() >= viewport()->height())
            break;
        const qint64 id = index.data(confab::MessageRoles::MessageIdRole).toLongLong();
        if (!laidOut.contains(id) && m_delegate->layOut(index)) {
            laidOut.insert(id);
            any = true;
        }
    }
    return any;
}

void ChatView::onRowsInserted()
{
    // A new page of older messages loads with the user at the top; new messages arrive at the bottom.
    QTimer::singleShot(0, this, &ChatView::followIfNeeded);
}

void ChatView::followIfNeeded()
{
    if (m_follow && m_model->rowCount() > 0) {
        m_programmaticScroll = true;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        m_programmaticScroll = false;
    }
    placeJumpButton();
}

void ChatView::onScrolled()
{
    if (m_programmaticScroll)
        return;
    QScrollBar *bar = verticalScrollBar();
    // An answer still arriving may have come into sight: its dots move again.
    if (!m_frameTimer.isActive())
        m_frameTimer.start();
    m_follow = bar->value() >= bar->maximum() - 4;
    m_jump->setVisible(!m_follow);
    placeJumpButton();
    if (bar->value() == bar->minimum() && m_rows->hasOlder()) {
        // Keep the rows the user is reading in place while older ones are added above them.
        const int before = bar->maximum();
        m_rows->fetchOlder();
        executeDelayedItemsLayout();
        bar->setValue(bar->value() + (bar->maximum() - before));
    }
}

// Qt fetches more rows when the scroll bar reaches the bottom, as if they were appended there. This model
// adds older messages at the top, which onScrolled() asks for; at the bottom there is nothing to fetch.
void ChatView::verticalScrollbarValueChanged(int) {}

void ChatView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &)
{
    m_changedFirst = m_changedFirst < 0 ? topLeft.row() : qMin(m_changedFirst, topLeft.row());
    m_changedLast = qMax(m_changedLast, bottomRight.row());
    if (!m_frameTimer.isActive()) {
        m_frame = 0;
        m_frameTimer.start();
    }
}

void ChatView::flushChanges()
{
    const int first = m_changedFirst;
    const int last = qMin(m_changedLast, m_model->rowCount() - 1);
    m_changedFirst = m_changedLast = -1;
    if (first < 0 || first > last)
        return;
    bool visible = false;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_rows->index(row, 0);
        if (visualRect(index).intersects(viewport()->rect())) {
            m_delegate->prepare(index);
            visible = true;
        } else {
            m_delegate->forget(index);
        }
    }
    if (visible) {
        // Heights may have changed: place the rows now so they are painted once, in their new places.
        scheduleDelayedItemsLayout();
        executeDelayedItemsLayout();
    }
    QListView::dataChanged(m_rows->index(first, 0), m_rows->index(last, 0));
}

void ChatView::jumpToLatest()
{
    m_follow = true;
    m_jump->hide();
    scrollToBottom();
    followIfNeeded();
}

bool ChatView::showMessage(qint64 messageId)
{
    const int row = m_model->rowForMessage(messageId);
    if (row < 0)
        return false;
    executeDelayedItemsLayout();
    const QModelIndex index = m_rows->index(row, 0);
    m_follow = false;
    scrollTo(index, QAbstractItemView::PositionAtCenter);
    setCurrentIndex(index);
    onScrolled();
    return true;
}

void ChatView::placeJumpButton()
{
    m_jump->move(viewport()->width() - m_jump->width() - 18, viewport()->height() - m_jump->height() - 12);
    m_jump->raise();
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    placeJumpButton();
    followIfNeeded();
    updateFirstRunHint();
}

void ChatView::closeSelectionEditor()
{
    if (m_editorIndex.isValid())
        closePersistentEditor(m_editorIndex);
    m_editorIndex = QPersistentModelIndex();
}

void ChatView::selectTextOf(const QModelIndex &index)
{
    closeSelectionEditor();
    if (!index.isValid() || index.data(confab::MessageRoles::TextRole).toString().isEmpty())
        return;
    m_editorIndex = index;
    openPersistentEditor(index);
    if (QWidget *editor = indexWidget(index))
        editor->setFocus();
}

void ChatView::mouseMoveEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    const MessageHit hit =
        index.isValid() ? m_delegate->hitTest(visualRect(index), index, event->pos()) : MessageHit();
    const bool clickable =
        hit.kind == MessageHit::Kind::Retry || hit.kind == MessageHit::Kind::Continue ||
        hit.kind == MessageHit::Kind::Image || hit.kind == MessageHit::Kind::Document ||
        hit.kind == MessageHit::Kind::CopyCode || hit.kind == MessageHit::Kind::Link ||
        hit.kind == MessageHit::Kind::ThinkingToggle || hit.kind == MessageHit::Kind::ToolCallToggle ||
        hit.kind == MessageHit::Kind::PreviousVersion || hit.kind == MessageHit::Kind::NextVersion;
    viewport()->setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QListView::mouseMoveEvent(event);
}

void ChatView::mouseReleaseEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (event->button() == Qt::LeftButton && index.isValid()) {
        const MessageHit hit = m_delegate->hitTest(visualRect(index), index, event->pos());
        switch (hit.kind) {
        case MessageHit::Kind::Retry:
            emit retryRequested(hit.value.toLongLong());
            return;
        case MessageHit::Kind::Continue:
            emit continueRequested(hit.value.toLongLong());
            return;
        case MessageHit::Kind::Image:
            emit imageActivated(hit.value);
            return;
        case MessageHit::Kind::Document: {
            const QList<AttachedDocument> documents =
                index.data(confab::MessageRoles::MessageValueRole).value<Message>().documents;
            if (const qsizetype at = hit.value.toLongLong(); at >= 0 && at < documents.size())
                emit documentActivated(documents.at(at));
            return;
        }
        case MessageHit::Kind::CopyCode:
            QApplication::clipboard()->setText(hit.value);
            emit codeCopied();
            return;
        case MessageHit::Kind::Link:
            openLinkIfAllowed(QUrl(hit.value));
            return;
        case MessageHit::Kind::ThinkingToggle:
            m_delegate->toggleThinking(index);
            return;
        case MessageHit::Kind::ToolCallToggle:
            m_delegate->toggleToolCall(index, hit.value.toInt());
            return;
        case MessageHit::Kind::PreviousVersion:
        case MessageHit::Kind::NextVersion:
            emit versionStepRequested(hit.value.toLongLong(),
                                      hit.kind == MessageHit::Kind::NextVersion ? 1 : -1);
            return;
        case MessageHit::Kind::Text:
        case MessageHit::Kind::None:
            break;
        }
    }
    if (m_editorIndex.isValid() && index != m_editorIndex)
        closeSelectionEditor();
    QListView::mouseReleaseEvent(event);
}

void ChatView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid() &&
        m_delegate->hitTest(visualRect(index), index, event->pos()).kind == MessageHit::Kind::Text) {
        selectTextOf(index);
        return;
    }
    QListView::mouseDoubleClickEvent(event);
}

void ChatView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_editorIndex.isValid()) {
        closeSelectionEditor();
        return;
    }
    // T opens or closes the current answer's Thinking section, as a click on its header does.
    if (event->key() == Qt::Key_T && event->modifiers() == Qt::NoModifier &&
        m_delegate->toggleThinking(currentIndex()))
        return;
    // U does the same for the answer's tool calls: all open, or all closed.
    if (event->key() == Qt::Key_U && event->modifiers() == Qt::NoModifier &&
        m_delegate->toggleToolCall(currentIndex()))
        return;
    QListView::keyPressEvent(event);
}

void ChatView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    const MessageHit hit = m_delegate->hitTest(visualRect(index), index, event->pos());
    const QString text = index.data(confab::MessageRoles::TextRole).toString();
    const bool assistant = index.data(confab::MessageRoles::RoleRole).value<confab::MessageRole>() ==
                           confab::MessageRole::Assistant;
    const auto status = index.data(confab::MessageRoles::StatusRole).value<confab::MessageStatus>();
    const qint64 id = index.data(confab::MessageRoles::MessageIdRole).toLongLong();

    QMenu menu(this);
    if (!text.isEmpty()) {
        menu.addAction(tr("&Copy text"), this, [text] { QApplication::clipboard()->setText(text); });
        menu.addAction(tr("&Select text"), this, [this, index] { selectTextOf(index); });
    }
    if (ThinkingSection::present(index.data(confab::MessageRoles::MessageValueRole).value<Message>())) {
        const QPersistentModelIndex row(index);
        menu.addAction(m_delegate->isThinkingExpanded(index) ? tr("Hide &thinking") : tr("Show &thinking"),
                       this, [this, row] { m_delegate->toggleThinking(row); });
    }
    const Message message = index.data(confab::MessageRoles::MessageValueRole).value<Message>();
    for (int call = 0; call < message.metadata.toolCalls.size(); ++call) {
        const QPersistentModelIndex row(index);
        const QString title = ToolCallSection::title(message.metadata.toolCalls.at(call));
        menu.addAction(m_delegate->isToolCallExpanded(index, call) ? tr("Hide tool call %1").arg(title)
                                                                   : tr("Show tool call %1").arg(title),
                       this, [this, row, call] { m_delegate->toggleToolCall(row, call); });
        if (!message.metadata.toolCalls.at(call).resultText.isEmpty())
            menu.addAction(tr("Copy result of %1").arg(title), this,
                           [text = message.metadata.toolCalls.at(call).resultText] {
                               QApplication::clipboard()->setText(text);
                           });
    }
    // From the keyboard there is no pointer over a picture: the menu offers the message's first one.
    const QVariantList images = index.data(confab::MessageRoles::ImagesRole).toList();
    const QString hash = hit.kind == MessageHit::Kind::Image ? hit.value
                         : event->reason() == QContextMenuEvent::Keyboard && !images.isEmpty()
                             ? images.first().toMap().value(QStringLiteral("hash")).toString()
                             : QString();
    if (!hash.isEmpty()) {
        menu.addAction(tr("&Open image"), this, [this, hash] { emit imageActivated(hash); });
        menu.addAction(tr("&Edit this image"), this, [this, hash] { emit editImageRequested(hash); });
    }
    for (const AttachedDocument &document :
         index.data(confab::MessageRoles::MessageValueRole).value<Message>().documents)
        menu.addAction(tr("Open %1").arg(document.name), this,
                       [this, document] { emit documentActivated(document); });
    if (hit.kind == MessageHit::Kind::Link) {
        const QString link = hit.value;
        menu.addAction(tr("Copy link"), this, [link] { QApplication::clipboard()->setText(link); });
    }
    const bool finished =
        status != confab::MessageStatus::Pending && status != confab::MessageStatus::Processing;
    if (!menu.isEmpty() && (finished || !assistant))
        menu.addSeparator();
    if (assistant && finished) {
        if (MessageDelegate::offersContinue(
                index.data(confab::MessageRoles::MessageValueRole).value<confab::Message>()))
            menu.addAction(tr("C&ontinue"), this, [this, id] { emit continueRequested(id); });
        if (status != confab::MessageStatus::Completed)
            menu.addAction(tr("&Retry"), this, [this, id] { emit retryRequested(id); });
        menu.addAction(tr("Re&generate"), this, [this, id] { emit regenerateRequested(id); });
        menu.addAction(tr("Regenerate with another &model…"), this,
                       [this, id] { emit regenerateWithModelRequested(id); });
    }
    if (!assistant)
        menu.addAction(tr("Edit and rese&nd…"), this, [this, id] { emit editRequested(id); });
    if (finished || !assistant)
        menu.addAction(tr("&Delete message"), this, [this, id] { emit removeRequested(id); });
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}

} // namespace confab::ui
