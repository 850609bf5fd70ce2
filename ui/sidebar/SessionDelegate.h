#pragma once

#include <QStyledItemDelegate>

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
};

} // namespace confab::ui
