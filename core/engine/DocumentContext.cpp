#include "engine/DocumentContext.h"

#include "domain/PdfEngine.h"
#include "engine/ContextBuilder.h"
#include "openrouter/ModelCatalog.h"
#include "store/DocumentStore.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace confab::documentcontext {

int estimateTokens(const AttachedDocument &document)
{
    if (!document.isPdf())
        return int(std::min<qint64>(document.size / 4 + 16, std::numeric_limits<int>::max() / 4));
    // Without a page count, a page of a typical text PDF is some 50 KB.
    const qint64 pages = document.pages > 0 ? document.pages : std::max<qint64>(1, document.size / 50'000);
    return int(std::min<qint64>(pages * TokensPerPdfPage, std::numeric_limits<int>::max() / 4));
}

FilePart part(const AttachedDocument &document, const DocumentStore &store)
{
    return FilePart{document.name, store.bytes(document.hash), document.mime};
}

QString refusal(const QList<AttachedDocument> &documents, bool chatMode, const DocumentStore &store,
                const ModelInfo *model, int reservedForAnswer)
{
    if (documents.isEmpty())
        return {};
    if (!chatMode)
        return QCoreApplication::translate("DocumentContext",
                                           "Documents go with chat questions; switch to Text or Auto mode.");
    qint64 tokens = 0;
    for (const AttachedDocument &document : documents) {
        if (!store.contains(document.hash))
            return QCoreApplication::translate("DocumentContext",
                                               "%1 is no longer in the document store; attach it again.")
                .arg(document.name);
        tokens += estimateTokens(document);
    }
    if (!model || model->contextLength <= 0)
        return {};
    const qint64 room = qint64(model->contextLength) - reservedForAnswer;
    if (tokens > room)
        return QCoreApplication::translate(
                   "DocumentContext", "The documents need about %1 tokens, more than %2 reads at once "
                                      "(%3 tokens beside the answer). Attach fewer or shorter documents, "
                                      "or choose a model with a larger context.")
            .arg(QLocale().toString(tokens), model->name.isEmpty() ? model->id : model->name,
                 QLocale().toString(std::max<qint64>(room, 0)));
    return {};
}

QString pdfEngineFor(const ModelInfo *model, const QString &chosen)
{
    const bool readsFiles = model && model->inputModalities.contains(QStringLiteral("file"));
    for (const PdfEngine &engine : pdfEngines()) {
        // "native" for a model that cannot read files would be refused by OpenRouter; the default goes.
        if (engine.id == chosen && (readsFiles || !engine.needsFileInput))
            return chosen;
    }
    if (readsFiles)
        return QStringLiteral("native");
    return QStringLiteral("cloudflare-ai");
}

} // namespace confab::documentcontext
