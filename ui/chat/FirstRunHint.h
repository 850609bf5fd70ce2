#pragma once

#include <QFrame>

namespace confab::ui {

// What an empty chat shows before any API key is set: what Confab needs and a button to Settings → Keys.
class FirstRunHint : public QFrame
{
    Q_OBJECT
public:
    explicit FirstRunHint(QWidget *parent = nullptr);

signals:
    void keysRequested();
};

} // namespace confab::ui
