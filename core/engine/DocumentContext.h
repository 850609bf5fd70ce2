#pragma once

#include "domain/Message.h"
#include "openrouter/ChatTypes.h"

#include <QString>

namespace confab {

struct ModelInfo;
class DocumentStore;

// How documents go to a chat model and what they take of its context window.
namespace documentcontext {

// A rough count: text at four characters a token, a PDF page at 1,500 tokens (what providers that read PDFs
// themselves report for a page of text; a scan costs more).
inline constexpr int TokensPerPdfPage = 1'500;
int estimateTokens(const AttachedDocument &document);

// The document as a part of the user's turn: PDFs as a file part (data URL), text as text with its name.
// Empty bytes when the document is no longer in the store.
FilePart part(const AttachedDocument &document, const DocumentStore &store);

// Why the documents cannot go with this question (empty when they can): one no longer stored, a mode that
// takes no documents, or more than the model's context window holds beside the answer.
QString refusal(const QList<AttachedDocument> &documents, bool chatMode, const DocumentStore &store,
                const ModelInfo *model, int reservedForAnswer);

// OpenRouter's file-parser engine for PDFs: the chat's own choice (PdfEngine.h) when it made one that the
// model can use; else a model that reads files itself gets them as they are (billed as input tokens), and
// for the others the free text extraction is asked for, rather than OpenRouter's default engine, which is
// OCR billed per page.
QString pdfEngineFor(const ModelInfo *model, const QString &chosen = {});

} // namespace documentcontext
} // namespace confab
