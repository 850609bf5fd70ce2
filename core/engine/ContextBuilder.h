#pragma once

#include "domain/Message.h"
#include "openrouter/ChatTypes.h"

#include <functional>

namespace confab {

struct ModelInfo;

// Chooses what of a conversation goes to a text model: the system prompt, then as many recent turns as fit
// the model's context window (newest kept first), with earlier images as image parts for vision models and
// each question's documents beside it.
class ContextBuilder
{
public:
    using ImageLoader = std::function<ImagePart(const MessageImage &image)>;
    using DocumentLoader = std::function<FilePart(const AttachedDocument &document)>;

    static constexpr int FallbackContextTokens = 16'000;
    static constexpr int TokensPerImage = 1'000;
    static constexpr int MaxImagesInContext = 4;

    ContextBuilder(const ModelInfo *model, int reservedForAnswer, ImageLoader loadImage);

    // Documents of earlier questions go again with every turn (the model keeps nothing between requests),
    // read from the document store, never from where the user picked them.
    void setDocumentLoader(DocumentLoader loadDocument) { m_loadDocument = std::move(loadDocument); }

    // The function names of the MCP tools this request offers: an earlier answer's calls of those go back as
    // the tool calls and results they were (providers refuse tool calls of tools not offered); calls of
    // other tools are told in the answer's text.
    void setOfferedTools(const QStringList &functionNames) { m_offeredTools = functionNames; }

    // `history` is oldest first and ends with the prompt being answered, which is always kept.
    QList<ChatMessage> build(const QString &systemPrompt, const QList<Message> &history) const;

    // A rough count (four characters a token), enough to decide what fits.
    static int estimateTokens(const QString &text);
    int budget() const;

private:
    static bool belongsInContext(const Message &message);
    // An answer's tool calls as the messages before its text, newest first; the calls of tools not offered
    // are added to `answer`'s text instead.
    QList<ChatMessage> replayToolCalls(const Message &message, ChatMessage &answer, int *cost) const;

    const ModelInfo *m_model;
    int m_reserved;
    ImageLoader m_loadImage;
    DocumentLoader m_loadDocument;
    QStringList m_offeredTools;
};

} // namespace confab
