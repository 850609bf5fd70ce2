#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QAbstractItemView;
class QModelIndex;

namespace confab::ui {

// Tells a screen reader when an answer ends — completed, stopped, interrupted or failed with its error — once
// per ending, never per token. Qt 6.8 and later send a polite (or, for failures, assertive) announcement;
// older Qt puts the news in the view's accessible description, which is announced as a description change.
class MessageAnnouncer : public QObject
{
    Q_OBJECT
public:
    explicit MessageAnnouncer(QAbstractItemView *view);

    QString lastAnnouncement() const { return m_last; }
    int announcements() const { return m_count; }

signals:
    void announced(const QString &text);

private:
    void track(int first, int last, bool announce);
    void announce(const QModelIndex &index);

    QAbstractItemView *m_view;
    // Whether each known answer was still running when last seen.
    QHash<qint64, bool> m_running;
    QString m_last;
    int m_count = 0;
};

} // namespace confab::ui
