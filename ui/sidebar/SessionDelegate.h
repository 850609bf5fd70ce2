#pragma once

#include <QFont>
#include <QStyledItemDelegate>

class QTextDocument;

namespace confab::ui {

// One sidebar row: the title, how long ago it was last used, a pin marker and the model in a smaller line.
class SessionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    mutable QFont m_rowFont;
    mutable int m_rowHeight = -1;
};

// "now", "5 min", "3 h", "Tue", "12 Mar": short enough for the sidebar.
QString relativeTime(const QDateTime &when, const QDateTime &now);

// Paints a search result: the session's title and the passage with the matched words highlighted.
class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString snippetHtml(const QString &snippet, const QColor &mark);
    // Lays `snippet` out in `document` as a row shows it: `lines` lines of `width`. When its first
    // highlighted word would fall below them (FTS5 centres a hit in its passage, or puts it last when it ends
    // the message, and a passage takes more lines than a row has), the words before the hit are dropped
    // behind an ellipsis until it shows.
    static void layOutPassage(QTextDocument *document, const QString &snippet, const QFont &font, int width,
                              int lines, const QColor &mark);
};

} // namespace confab::ui
