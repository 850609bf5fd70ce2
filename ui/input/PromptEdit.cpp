#include "input/PromptEdit.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QUrl>

namespace confab::ui {

PromptEdit::PromptEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("prompt"));
    setAccessibleName(tr("Message"));
    setPlaceholderText(tr("Message Confab — Enter sends, Shift+Enter for a new line"));
    setTabChangesFocus(true);
    setFrameShape(QFrame::NoFrame);
}

void PromptEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & (Qt::ShiftModifier | Qt::AltModifier))) {
        emit submitted();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool PromptEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void PromptEdit::insertFromMimeData(const QMimeData *source)
{
    if (source->hasImage()) {
        emit imagePasted(qvariant_cast<QImage>(source->imageData()));
        return;
    }
    if (source->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : source->urls())
            if (url.isLocalFile())
                paths << url.toLocalFile();
        if (!paths.isEmpty()) {
            emit filesPasted(paths);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace confab::ui
