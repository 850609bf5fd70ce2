#pragma once

#include <QIdentityProxyModel>

namespace confab::ui {

// Shows the message model to the view unchanged, except that the view never fetches by itself: Qt's item
// views fetch more rows whenever the last row is on screen, as if rows were appended at the bottom, while the
// conversation loads older messages at the top, and only when the reader scrolls up to them.
class OlderPagesProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override {}

    bool hasOlder() const { return sourceModel() && sourceModel()->canFetchMore({}); }
    void fetchOlder()
    {
        if (hasOlder())
            sourceModel()->fetchMore({});
    }
};

} // namespace confab::ui
