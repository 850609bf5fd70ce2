#pragma once

#include <QList>
#include <QString>

namespace confab {

// OpenRouter's engines for reading PDFs (its file-parser plugin, "PDF Inputs" guide): which one a chat uses,
// and which cost money. "pdf-text" is not offered: OpenRouter deprecated it and sends it to cloudflare-ai.
struct PdfEngine
{
    QString id;   // as the plugin's pdf.engine takes it
    QString name; // for people, translated
    QString cost; // what it costs, translated
    bool costsMoney = false;
    bool needsFileInput = false; // only for models that read files themselves
};

QList<PdfEngine> pdfEngines();
// Whether a chat may hold this engine: one of the list, or "" for Confab's own choice.
bool isPdfEngine(const QString &id);

} // namespace confab
