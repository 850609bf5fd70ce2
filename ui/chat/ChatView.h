#pragma once

#include "domain/Message.h"

#include <QListView>
#include <QSet>
#include <QTimer>

class QToolButton;

namespace confab {
class ImageStore;
class MessageListModel;
} // namespace confab

namespace confab::ui {

class MessageDelegate;
class OlderPagesProxy;

// The conversation: a virtualized list of message bubbles that stays at the bottom while an answer streams,
// unless the user has scrolled up, in which case a "jump to latest" button appears.
class ChatView : public QListView
{
    Q_OBJECT
public:
    ChatView(MessageListModel *model, ImageStore *images, QWidget *parent = nullptr);

    MessageDelegate *messageDelegate() const { return m_delegate; }
    bool isFollowingLatest() const { return m_follow; }
    void jumpToLatest();
    // Scrolls to a message (loading older pages as needed) and flashes it selected.
    bool showMessage(qint64 messageId);
    // Opens a selectable copy of the message's text over its bubble.
    void selectTextOf(const QModelIndex &index);

    // Without any API key an empty chat shows what to do first, with a button to Settings → Keys.
    void setNeedsKeys(bool needsKeys);
    bool showsFirstRunHint() const;
    QWidget *firstRunHint() const { return m_firstRun; }

    // Places the rows, then loads older messages while they do not fill the viewport and lays out the text of
    // the rows in sight, so they are painted where they stay.
    void doItemsLayout() override;

signals:
    void retryRequested(qint64 messageId);
    void continueRequested(qint64 messageId);
    // Regenerate as a new version beside the old answer, with its model or one the user chooses.
    void regenerateRequested(qint64 messageId);
    void regenerateWithModelRequested(qint64 messageId);
    void versionStepRequested(qint64 messageId, int step);
    void editRequested(qint64 messageId);
    void removeRequested(qint64 messageId);
    void keysRequested();
    void imageActivated(const QString &hash);
    void documentActivated(const confab::AttachedDocument &document);
    void editImageRequested(const QString &hash);
    void codeCopied();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void verticalScrollbarValueChanged(int value) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;

private:
    void onRowsInserted();
    void fillViewport();
    bool layOutRowsInSight(QSet<qint64> &laidOut);
    void onScrolled();
    void followIfNeeded();
    void closeSelectionEditor();
    void placeJumpButton();
    void onFrame();
    // Repaints the visible answers that are still arriving; false when there are none.
    bool animateStreaming();
    void flushChanges();
    void updateFirstRunHint();

    MessageListModel *m_model;
    OlderPagesProxy *m_rows;
    MessageDelegate *m_delegate;
    QToolButton *m_jump = nullptr;
    QWidget *m_firstRun = nullptr;
    bool m_needsKeys = false;
    QTimer m_frameTimer;
    int m_frame = 0;
    int m_changedFirst = -1;
    int m_changedLast = -1;
    QPersistentModelIndex m_editorIndex;
    bool m_follow = true;
    bool m_programmaticScroll = false;
    bool m_filling = false;
};

} // namespace confab::ui
