#pragma once

#include <QImage>
#include <QPlainTextEdit>
#include <QStringList>

namespace confab::ui {

// The message editor: Enter sends, Shift+Enter starts a new line, and pasted pictures or image files are
// handed on as attachments instead of being pasted as text.
class PromptEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PromptEdit(QWidget *parent = nullptr);

signals:
    void submitted();
    void imagePasted(const QImage &image);
    void filesPasted(const QStringList &paths);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace confab::ui
