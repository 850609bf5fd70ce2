#pragma once

#include "domain/Message.h"
#include "models/MessageRoles.h"
#include "store/MessageStore.h"

#include <QAbstractListModel>
#include <QList>

namespace confab {

class Store;

// The messages of one session for a virtualized list view. Opens on the newest few messages so the view
// starts at the bottom; older pages arrive through fetchMore as the user scrolls up. Rows update in place
// while an answer streams, with dataChanged naming only the roles that changed.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    // A chat opens on this many of its newest messages, a screenful of one-line ones in a maximised window:
    // reading and laying out more would only delay the first picture. A view taller than that asks for more
    // (fetchOlder) until it is filled.
    static constexpr int OpeningPageSize = 16;
    // What scrolling up to the oldest loaded message adds.
    static constexpr int PageSize = 100;

    explicit MessageListModel(Store *store, QObject *parent = nullptr);

    void setSession(qint64 sessionId);
    qint64 sessionId() const { return m_sessionId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Adds up to `count` older messages above the loaded ones.
    void fetchOlder(int count);

    // The row of a message, loading older pages until it is reached (for "jump to this search hit");
    // -1 when the message is not in this session.
    int rowForMessage(qint64 messageId);
    Message messageAt(int row) const { return m_rows.at(row); }

private:
    void onMessageAdded(qint64 sessionId, qint64 messageId);
    void onMessageChanged(qint64 sessionId, qint64 messageId, MessageChanges changes);
    void onMessageRemoved(qint64 sessionId, qint64 messageId);
    // Loads the visible branch again, replacing only the rows below the point where it changed.
    void onBranchChanged(qint64 sessionId);
    // Where a message id is, or would go, in the id-ordered rows.
    int lowerBound(qint64 messageId) const;
    int loadedRow(qint64 messageId) const;
    // The prompt an answer's pictures were made from, for reading them out.
    QString promptBefore(int row) const;

    Store *m_store;
    qint64 m_sessionId = 0;
    QList<Message> m_rows;
    bool m_hasOlder = false;
};

QVariantMap imageToVariant(const MessageImage &image);

} // namespace confab
