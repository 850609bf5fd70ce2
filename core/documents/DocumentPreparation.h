#pragma once

#include "documents/DocumentType.h"

#include <QByteArray>
#include <QString>

namespace confab {

// How large a document may be to go with a question. PDFs: what the providers that read PDFs themselves take
// (100 pages, and 20 MB, which base64 makes about 27 MB of request); text: 1 MB, some 250,000 tokens, more
// than most context windows (the model's own window is checked before sending).
struct DocumentLimits
{
    qint64 maxPdfBytes = 20 * 1024 * 1024;
    int maxPdfPages = 100;
    qint64 maxTextBytes = 1024 * 1024;
};

// A document checked and read, ready to store; or refused, with the reason in words for the user.
struct PreparedDocument
{
    bool ok = false;
    QString error;
    QString name; // the file name, shown on the chip and sent with the content
    DocumentType type;
    QByteArray bytes;
    int pages = -1; // PDFs, when it can be told

    qint64 size() const { return bytes.size(); }
};

// Reads a document file (PDF, text, Markdown, CSV, JSON, source code), refusing an unknown type, an
// unreadable or empty file, text that is not UTF-8, and anything over the limits, before reading all of it.
PreparedDocument prepareDocumentFile(const QString &path, const DocumentLimits &limits = {});
PreparedDocument prepareDocumentData(const QByteArray &bytes, const QString &name,
                                     const DocumentLimits &limits = {});

// Whether the file is one prepareDocumentFile would try (by name and first bytes), so a caller can tell a
// document from a picture.
bool looksLikeDocument(const QString &path);

} // namespace confab
