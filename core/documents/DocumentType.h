#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace confab {

// What a document attachment is sent as: a PDF goes to the model as a file part, everything else as text.
enum class DocumentKind
{
    Pdf,
    Text
};

struct DocumentType
{
    DocumentKind kind = DocumentKind::Text;
    QString mime;
};

// The document type of a file from its name and first bytes: a PDF by its "%PDF-" header whatever its name,
// a text document (plain text, Markdown, CSV, JSON, source code) by its extension. Nullopt for anything else,
// images included (they are attached as pictures).
std::optional<DocumentType> documentTypeOf(const QString &fileName, QByteArrayView head);

bool isDocumentMime(const QString &mime);
// Whether the bytes are text Confab can send: valid UTF-8 without NUL bytes.
bool isPlainText(QByteArrayView bytes);

} // namespace confab
