#pragma once

#include "store/OpenResult.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace confab {
class Store;
}

namespace confab::ui {

// A banner over the conversation that says what happened when the history was opened (migrated, restored,
// damaged, too new), with "Restore backup" and "Start fresh" when the file was damaged.
class OpenNotice : public QFrame
{
    Q_OBJECT
public:
    OpenNotice(Store *store, QWidget *parent = nullptr);

    void showResult(const OpenResult &result);
    // Whether opening the history had anything to say (the window builds the banner only then).
    static bool hasNews(const OpenResult &result);
    // Damage found after the history opened (by the check that runs after the first paint).
    void showDamage(const QString &message);
    QString text() const;

signals:
    // The store was reopened by one of the banner's buttons.
    void reopened(const confab::OpenResult &result);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Store *m_store;
    QLabel *m_text;
    QPushButton *m_restore;
    QPushButton *m_fresh;
    QPushButton *m_dismiss;
};

} // namespace confab::ui
