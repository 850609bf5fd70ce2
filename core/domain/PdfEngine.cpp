#include "domain/PdfEngine.h"

#include <QCoreApplication>

namespace confab {

QList<PdfEngine> pdfEngines()
{
    return {
        {QStringLiteral("cloudflare-ai"),
         QCoreApplication::translate("PdfEngine", "Text extraction (Cloudflare Workers AI)"),
         QCoreApplication::translate("PdfEngine", "free"), false, false},
        {QStringLiteral("mistral-ocr"),
         QCoreApplication::translate("PdfEngine", "OCR for scans and pictures (Mistral OCR)"),
         QCoreApplication::translate("PdfEngine", "billed per 1,000 pages"), true, false},
        {QStringLiteral("native"),
         QCoreApplication::translate("PdfEngine", "The model reads the file itself"),
         QCoreApplication::translate("PdfEngine", "billed as input tokens"), true, true},
    };
}

bool isPdfEngine(const QString &id)
{
    if (id.isEmpty())
        return true;
    for (const PdfEngine &engine : pdfEngines()) {
        if (engine.id == id)
            return true;
    }
    return false;
}

} // namespace confab
