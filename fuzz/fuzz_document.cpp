// Document attachments: the type sniffing, the UTF-8 check, the size and page limits and the PDF page counter
// that reads untrusted PDF bytes. Every input ends as a document or as a refusal with a reason, and the page
// count stays within what the bytes could hold.
#include "FuzzSupport.h"
#include "documents/DocumentPreparation.h"
#include "documents/PdfPages.h"

#include <QCoreApplication>

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    confab::fuzz::silenceQtMessages();
    new QCoreApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = confab::fuzz::bytesOf(data, size);

    const int pages = confab::pdfPageCount(bytes);
    if (pages < -1 || pages == 0 || pages > 100'000)
        std::abort();

    // Small limits, so the refusals are reached too.
    const confab::DocumentLimits limits{4096, 3, 2048};
    for (const QString &name :
         {QStringLiteral("fuzz.pdf"), QStringLiteral("fuzz.md"), QStringLiteral("fuzz")}) {
        const confab::PreparedDocument document = confab::prepareDocumentData(bytes, name, limits);
        if (document.ok == !document.error.isEmpty())
            std::abort();
        if (document.ok && (document.bytes != bytes || document.pages > limits.maxPdfPages))
            std::abort();
    }
    return 0;
}
