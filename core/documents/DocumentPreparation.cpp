#include "documents/DocumentPreparation.h"

#include "documents/PdfPages.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace confab {
namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

PreparedDocument refuse(const QString &name, const QString &reason)
{
    PreparedDocument refused;
    refused.name = name;
    refused.error = QStringLiteral("%1: %2").arg(name, reason);
    return refused;
}

qint64 maxBytesFor(DocumentKind kind, const DocumentLimits &limits)
{
    return kind == DocumentKind::Pdf ? limits.maxPdfBytes : limits.maxTextBytes;
}

} // namespace

PreparedDocument prepareDocumentData(const QByteArray &bytes, const QString &name,
                                     const DocumentLimits &limits)
{
    const auto type = documentTypeOf(name, QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 16)));
    if (!type)
        return refuse(name, QCoreApplication::translate(
                                "DocumentPreparation",
                                "Confab can attach PDFs, text, Markdown, CSV, JSON and source files."));
    if (bytes.isEmpty())
        return refuse(name, QCoreApplication::translate("DocumentPreparation", "The file is empty."));
    if (bytes.size() > maxBytesFor(type->kind, limits))
        return refuse(name,
                      QCoreApplication::translate("DocumentPreparation",
                                                  "The file is %1; documents of this type can be up to %2.")
                          .arg(sizeText(bytes.size()), sizeText(maxBytesFor(type->kind, limits))));
    PreparedDocument document;
    document.name = name;
    document.type = *type;
    if (type->kind == DocumentKind::Pdf) {
        document.pages = pdfPageCount(bytes);
        if (document.pages > limits.maxPdfPages)
            return refuse(name, QCoreApplication::translate(
                                    "DocumentPreparation",
                                    "The PDF has %1 pages; models read up to %2 pages at a time.")
                                    .arg(document.pages)
                                    .arg(limits.maxPdfPages));
    } else if (!isPlainText(bytes)) {
        return refuse(name,
                      QCoreApplication::translate("DocumentPreparation", "The file is not UTF-8 text."));
    }
    document.bytes = bytes;
    document.ok = true;
    return document;
}

PreparedDocument prepareDocumentFile(const QString &path, const DocumentLimits &limits)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(name,
                      QCoreApplication::translate("DocumentPreparation", "The file could not be read (%1).")
                          .arg(file.errorString()));
    const QByteArray head = file.peek(16);
    const auto type = documentTypeOf(name, head);
    // The size is checked before reading, so a huge file is never loaded.
    if (type && file.size() > maxBytesFor(type->kind, limits))
        return refuse(name,
                      QCoreApplication::translate("DocumentPreparation",
                                                  "The file is %1; documents of this type can be up to %2.")
                          .arg(sizeText(file.size()), sizeText(maxBytesFor(type->kind, limits))));
    return prepareDocumentData(type ? file.read(maxBytesFor(type->kind, limits) + 1) : head, name, limits);
}

bool looksLikeDocument(const QString &path)
{
    QFile file(path);
    const QByteArray head = file.open(QIODevice::ReadOnly) ? file.peek(16) : QByteArray();
    return documentTypeOf(QFileInfo(path).fileName(), head).has_value();
}

} // namespace confab
