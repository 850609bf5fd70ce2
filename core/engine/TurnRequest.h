#pragma once

#include "domain/ChatParameters.h"
#include "domain/Message.h"
#include "engine/GenerationMode.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace confab {

// Options for the image modes. Empty strings and unset values fall back to the user's settings.
struct ImageOptions
{
    QString aspectRatio;
    int count = 0;
    QString format;
    std::optional<qint64> seed;
    bool raw = false;
    QString safetyTolerance;
    QString resolution; // the edit models that have one ("1K", "2K"…)
};

// One user turn as the window or the command line hands it to the engine.
struct TurnRequest
{
    qint64 sessionId = 0; // 0 starts a new session
    GenerationMode mode = GenerationMode::Text;
    QString prompt;
    // Empty: the session's model, else the default for the mode. In the image modes, a fal model of the
    // registry (FalImageModels.h).
    QString model;
    // Images already in the ImageStore (attachments or earlier images of the chat), by hash. In Image → Image
    // mode with none given, the session's most recent image is used.
    QStringList imageHashes;
    ImageOptions image;
    // Documents already in the document store, sent with the prompt (PDFs as files, the rest as text).
    QList<AttachedDocument> documents;
    // Let the model search the web (OpenRouter's web search tool; each search is billed).
    bool webSearch = false;
    // Continue a stopped answer instead of writing a new one; never stored with the answer.
    bool continuation = false;
    // Set: the chat's reasoning effort becomes this before the turn runs (see ReasoningEffort.h).
    std::optional<QString> reasoningEffort;
    // Set: the chat's PDF engine (PdfEngine.h) becomes this before the turn runs.
    std::optional<QString> pdfEngine;
    // An earlier question of the session this turn is an edited version of: the new question goes beside it
    // as a new branch, and the answers below the old one stay on the old branch.
    qint64 newVersionOf = 0;
    // A new chat's system prompt and parameters; unset, it starts from the default preset (if any).
    std::optional<ChatParameters> parameters;
    // Set: the MCP servers whose tools this turn offers (Text and Auto mode), which also become the chat's
    // choice (McpChatServers). Unset: the chat's choice, or for a new chat the default for new chats.
    std::optional<QStringList> toolServers;
};

// The parts of a request worth keeping with its answer (model, web search and image options), so Retry can
// repeat it.
QJsonObject requestToJson(const TurnRequest &request);
TurnRequest requestFromJson(const QJsonObject &json);

// What send() and retry() did. When refused, nothing was stored and `message` says why; when accepted,
// `message` may carry a warning (e.g. 80 % of a spending cap).
struct SendOutcome
{
    bool accepted = false;
    QString message;
    qint64 sessionId = 0;
    qint64 userMessageId = 0;
    qint64 assistantMessageId = 0;

    explicit operator bool() const { return accepted; }
};

// Whether sending is possible at all right now, and if not, the sentence the input area shows.
struct Readiness
{
    bool canSend = true;
    QString reason;
};

} // namespace confab
