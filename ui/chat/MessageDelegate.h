#pragma once

#include "chat/MessageDocument.h"
#include "chat/MessageLayout.h"
#include "chat/ThinkingSection.h"
#include "chat/ToolCallSection.h"
#include "domain/Message.h"

#include <QCache>
#include <QFontMetrics>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QStyledItemDelegate>

#include <memory>

class QListView;

namespace confab {
class ImageStore;
}

namespace confab::ui {

// What lies under a point of a message row.
struct MessageHit
{
    enum class Kind
    {
        None,
        Text,
        Retry,
        Continue,
        Image,
        CopyCode,
        Link,
        ThinkingToggle,
        ToolCallToggle,
        PreviousVersion,
        NextVersion,
        Document
    };
    Kind kind = Kind::None;
    // The image hash, code or link; the message id for the version arrows; the document's place in the
    // question's list; the tool call's index.
    QString value;
};

// Paints one message as a bubble: user prompts on the right, answers on the left with Markdown, code blocks
// with a copy button, image thumbnails in a grid, a streaming indicator, a status line and, for failed
// answers, the error with Retry. Only rows the view asks for are laid out; their documents are cached.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    MessageDelegate(QListView *view, ImageStore *images, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // A read-only rich text editor over the message, so any part of it can be selected and copied.
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const override {}
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    MessageHit hitTest(const QRect &visualRect, const QModelIndex &index, const QPoint &pos) const;
    // A stopped text answer goes on where it ended; anything else that did not complete is run again.
    static bool offersContinue(const Message &message);

    // Lays out a changed row's text now, so the view can place and paint it in one pass.
    void prepare(const QModelIndex &index);
    // Lays out the row's text now if its height is only an estimate, so the view places the row where it will
    // stay; false when the text was laid out already or there is none.
    bool layOut(const QModelIndex &index);
    // A changed row out of sight: its height is measured again when it is next needed.
    void forget(const QModelIndex &index);
    // Whether painting measured a row whose height differed from its estimate since the last call; the view
    // then places the rows again.
    bool takeRemeasured();
    void clearCaches();
    // Opens or closes the row's Thinking section; false when the message has none.
    bool toggleThinking(const QModelIndex &index);
    bool isThinkingExpanded(const QModelIndex &index) const;
    // Opens or closes one of the row's tool calls, or all of them (call < 0); false when it has none.
    bool toggleToolCall(const QModelIndex &index, int call = -1);
    bool isToolCallExpanded(const QModelIndex &index, int call) const;
    int cachedDocuments() const { return m_documents.size(); }

signals:
    void thumbnailArrived();

private:
    MessageLayout layout(const QRect &rowRect, const Message &message, const MessageDocument *document,
                         const MessageDocument *thinking) const;
    // The reasoning laid out when the Thinking section is open; null when it is closed or absent.
    const MessageDocument *thinkingFor(const Message &message, int rowWidth, bool build = true) const;
    const MessageDocument *documentFor(const Message &message, int rowWidth) const;
    const MessageDocument *cachedDocumentFor(const Message &message, int rowWidth) const;
    QRect rowRect(const QRect &itemRect) const;
    QPixmap thumbnail(const QString &hash) const;
    QString actionText(const Message &message) const;
    void onThumbnailReady(const QString &hash, int size, const QString &path);

    QListView *m_view;
    ImageStore *m_images;
    mutable MessageDocumentCache m_documents;
    mutable MessageDocumentCache m_thinkingDocuments;
    ThinkingSection m_thinking;
    ToolCallSection m_tools;
    mutable QCache<QString, QPixmap> m_thumbnails;
    struct Fonts
    {
        QFont font;
        QFontMetrics body;
        QFontMetrics small;
    };
    const Fonts &fonts() const;
    // Heights by message id, for the current viewport width: rows move when older pages load above them.
    mutable QHash<qint64, QSize> m_sizes;
    mutable bool m_remeasured = false;
    mutable std::unique_ptr<Fonts> m_fonts;
};

} // namespace confab::ui
