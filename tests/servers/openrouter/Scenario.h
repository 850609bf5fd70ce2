#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace confab::testserver {

// What the OpenRouter stand-in does for one chat request. The switches combine freely: any answer can go out
// with CRLF line ends, tricky write splits, keep-alive comments and any ending.
struct Scenario
{
    enum class Answer
    {
        Text,
        LongText,
        Reasoning,
        ToolCalls,
        Image,
        Thinking, // reasoning with reasoning_details (one entry encrypted), then a call of the offered tool
        PreStreamError,
        Replay // replayFile, byte for byte
    };
    enum class ToolStyle
    {
        Fragments,
        WholeArguments,
        MissingIndex
    };
    enum class Ending
    {
        Done,                   // finish chunk, usage chunk, "data: [DONE]"
        Disconnect,             // connection reset after tokensBeforeEnding tokens
        CloseEarly,             // graceful close after tokensBeforeEnding tokens, no finish and no [DONE]
        MidStreamError,         // error chunk with a top-level "error" and finish_reason "error"
        MidStreamErrorInChoice, // the error inside choices[0]
        Stall, // after tokensBeforeEnding tokens only comments (or nothing) until the client leaves
    };
    // How a drawn picture travels: inline as a data URI (the documented way), or as a link some image models
    // answer with: served by this server, missing there (404), or plain http from another machine.
    enum class ImageLink
    {
        None,
        Served,
        Missing,
        PlainHttpElsewhere
    };
    enum class LineEnding
    {
        Lf,
        CrLf,
        Cr
    };
    enum class Split
    {
        PerEvent,
        Tricky,
        EveryNBytes
    };

    QString name = QStringLiteral("default");
    Answer answer = Answer::Text;
    ToolStyle toolStyle = ToolStyle::Fragments;
    Ending ending = Ending::Done;
    LineEnding lineEnding = LineEnding::Lf;
    Split split = Split::PerEvent;

    QString text;          // the answer; empty = the default Markdown answer echoing the prompt
    QString reasoning;     // Answer::Reasoning; empty = a short note about the prompt
    int tokenCount = 400;  // LongText
    int tokenDelayMs = -1; // -1 = the server's default
    int writeSize = 3;     // Split::EveryNBytes
    bool dataWithoutSpace = false;
    int leadingComments = 0; // ": OPENROUTER PROCESSING" blocks before the first chunk
    bool commentsBetweenEvents = false;
    int firstTokenDelayMs = 0;   // comments every commentIntervalMs until then
    int commentIntervalMs = 100; // Stall and slow starts; 0 makes a stall silent
    int tokensBeforeEnding = 4;
    bool stringErrorCode = false;
    bool usageWithDummyChoice = false;
    bool toolFinishAsStop = false;
    // Tool calls (name, arguments) the model makes, as "[call:NAME]ARGUMENTS[/call]" markers in the prompt
    // ask for them; a queued scenario can carry them instead, so the prompt the window shows stays plain.
    QList<QPair<QString, QString>> calls;
    int imageBytes = 1'500'000;
    ImageLink imageLink = ImageLink::None;
    bool imageBomb = false;                // a small PNG whose header claims 50000 × 50000 pixels
    bool imagesOnlyWithModalities = false; // like a real image model: text only unless asked for images
    int httpStatus = 200;                  // PreStreamError
    int retryAfterSeconds = 0;
    QString replayFile; // Replay: below tests/fixtures/provider/, from "replay:FILE"

    // The names a "[scenario:NAME]" marker (or the confab-testserver command line) can pick, and
    // "replay:FILE" for any recorded response.
    static QStringList names();
    static bool fromName(const QString &name, Scenario *scenario);
};

} // namespace confab::testserver
