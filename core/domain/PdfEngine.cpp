#include "domain/PdfEngine.h"

#include <QCoreApplication>

namespace confab {

QList<PdfEngine> pdfEngines()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("PdfEngine", text); };
    return {
        {QStringLiteral("cloudflare-ai"), tr("Text extraction (Cloudflare Workers AI)"), tr("free"), false, false},
        {QStringLiteral("mistral-ocr"), tr("OCR for scans and pictures (Mistral OCR)"),
         tr("billed per 1,000 pages"), true, false},
        {QStringLiteral("native"), tr("The model reads the file itself"), tr("billed as input tokens"), true,
         true},
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
