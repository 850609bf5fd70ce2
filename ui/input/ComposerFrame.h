#pragma once

#include <QFrame>

namespace confab::ui {

// The rounded box around the prompt and its controls, painted from the palette. A style sheet would do the
// same, but it puts every control inside under QStyleSheetStyle, which is slower to build and to paint.
class ComposerFrame : public QFrame
{
    Q_OBJECT
public:
    explicit ComposerFrame(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace confab::ui
