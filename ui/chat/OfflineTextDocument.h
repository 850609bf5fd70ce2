#pragma once

#include <QTextDocument>

namespace confab::ui {

// A text document that never loads what its text refers to. Images in model output, whether on the web, on
// disk (file: or a bare path) or in qrc:, stay unloaded placeholders, so an answer can neither make Confab
// fetch a URL (and so reveal that it was read) nor show a local file.
class OfflineTextDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

    // Replaces every image in the text by its address in brackets. Qt's image handler reads a bare path
    // straight from disk when the document gives it nothing, so unloaded is not enough: the images must not
    // be there.
    void replaceImagesWithLinks();

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace confab::ui
