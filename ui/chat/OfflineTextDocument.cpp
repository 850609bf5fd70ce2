#include "chat/OfflineTextDocument.h"

#include <QList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextImageFormat>

namespace confab::ui {

QVariant OfflineTextDocument::loadResource(int, const QUrl &)
{
    return {};
}

void OfflineTextDocument::replaceImagesWithLinks()
{
    struct Image
    {
        int position;
        int length;
        QString name;
    };
    QList<Image> images;
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isImageFormat())
                images.append(
                    {fragment.position(), fragment.length(), fragment.charFormat().toImageFormat().name()});
        }
    }
    // From the end, so earlier positions stay valid while the text changes.
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        QTextCursor cursor(this);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(QStringLiteral("[%1]").arg(it->name), QTextCharFormat());
    }
}

} // namespace confab::ui
