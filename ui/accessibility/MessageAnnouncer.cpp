#include "accessibility/MessageAnnouncer.h"

#include "domain/Message.h"
#include "models/MessageRoles.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QtGlobal>

namespace confab::ui {

MessageAnnouncer::MessageAnnouncer(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { track(first, last, false); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_running.clear();
        track(0, m_view->model()->rowCount() - 1, false);
    });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(MessageRoles::StatusRole))
                    track(topLeft.row(), bottomRight.row(), true);
            });
    track(0, model->rowCount() - 1, false);
}

void MessageAnnouncer::track(int first, int last, bool announceEndings)
{
    QAbstractItemModel *model = m_view->model();
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(MessageRoles::RoleRole).value<confab::MessageRole>() != confab::MessageRole::Assistant)
            continue;
        const qint64 id = index.data(MessageRoles::MessageIdRole).toLongLong();
        const bool running = index.data(MessageRoles::StreamingRole).toBool();
        const bool wasRunning = m_running.value(id, false);
        m_running.insert(id, running);
        if (announceEndings && wasRunning && !running)
            announce(index);
    }
}

void MessageAnnouncer::announce(const QModelIndex &index)
{
    const auto status = index.data(MessageRoles::StatusRole).value<confab::MessageStatus>();
    const QString error = index.data(MessageRoles::ErrorRole).toString();
    QString text;
    bool urgent = false;
    if (status == confab::MessageStatus::Completed) {
        text = tr("Answer complete");
    } else if (status == confab::MessageStatus::Stopped) {
        text = tr("Answer stopped");
    } else if (status == confab::MessageStatus::Interrupted) {
        text = tr("Answer interrupted");
    } else {
        text = error.isEmpty() ? tr("The answer failed") : tr("The answer failed: %1").arg(error);
        urgent = true;
    }
    m_last = text;
    ++m_count;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QAccessibleAnnouncementEvent event(m_view, text);
    event.setPoliteness(urgent ? QAccessible::AnnouncementPoliteness::Assertive
                               : QAccessible::AnnouncementPoliteness::Polite);
    QAccessible::updateAccessibility(&event);
#else
    Q_UNUSED(urgent);
    m_view->setAccessibleDescription(text);
#endif
    emit announced(text);
}

} // namespace confab::ui
