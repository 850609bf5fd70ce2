#pragma once

#include "limits/Backoff.h"
#include "openrouter/ChatProvider.h"
#include "openrouter/ChatTypes.h"
#include "openrouter/ReasoningDetails.h"
#include "openrouter/ToolCallAssembler.h"
#include "sse/SseDecoder.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace confab {

class ImageDownload;

struct StreamSettings
{
    // Reset by every byte, keep-alive comments included: reasoning and image models can take minutes to their
    // first token while OpenRouter sends ": OPENROUTER PROCESSING" to show it is alive.
    int inactivityTimeoutMs = 180'000;
    int maxAttempts = 3;           // attempts before the first byte of the answer; never retried after it
    int retryBaseDelayMs = 1000;   // the first retry step; doubled on each retry, half of it random
    int retryMaxDelayMs = 30'000;  // no step grows past this
    int maxRetryAfterSeconds = 20; // a longer Retry-After is reported to the user instead of waited out
    Backoff::Random retryRandom;   // [0, 1) for the jitter; empty: a real random number
    qint64 maxLinkedImageBytes = 32 * 1024 * 1024; // a picture sent as a link, fetched by ImageDownload
};

// One streamed chat completion. Exactly one of finished() or failed() is emitted, once; after that the job is
// inert. Delete it with deleteLater() when done (not from inside its own signal handlers with delete). Text
// arrives through textDelta() in order; images are decoded off the GUI thread before imageReceived().
class ChatStream : public ChatReply
{
    Q_OBJECT
public:
    ChatStream(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &body,
               const StreamSettings &settings, QObject *parent);
    ~ChatStream() override;

    void start();
    // Stops the answer where it is: the connection is aborted and failed() reports Cancelled with the text so
    // far.
    void cancel() override;

    bool isDone() const override { return m_done; }
    int attempts() const { return m_attempt; }
    const ChatResult &progress() const override { return m_result; }

private:
    void sendAttempt();
    void onReadyRead();
    void onReplyFinished();
    void onInactivity();
    void handleFailedAttempt(const ChatError &error);
    void pump();
    void apply(const ChunkDelta &delta);
    void endOfStream();
    void completeWhenFetched();
    void fetchImage(const QString &link);
    void succeed();
    void fail(ChatError error);
    void dropReply();
    void releaseRequest();

    QNetworkAccessManager *m_network;
    QNetworkRequest m_request;
    QByteArray m_body;
    StreamSettings m_settings;

    QPointer<QNetworkReply> m_reply;
    QTimer m_inactivity;
    QTimer m_retryTimer;
    Backoff m_backoff;
    QElapsedTimer m_clock;
    SseDecoder m_decoder;
    ToolCallAssembler m_toolCalls;
    ReasoningDetailsAssembler m_reasoningDetails;
    ChatResult m_result;

    QList<ImageDownload *> m_downloads; // pictures sent as links, still on their way
    QList<SsePayload> m_backlog;        // event payloads waiting their turn, so output keeps stream order
    QByteArray m_plainBody; // a non-streamed JSON answer from a server that ignored "stream": true
    QByteArray m_errorBody;
    int m_attempt = 0;
    bool m_gotFirstByte = false;
    bool m_isEventStream = true;
    bool m_busy = false;
    bool m_transportEnded = false;
    bool m_transportBroken = false;
    bool m_done = false;
    bool m_finishWhenFetched = false; // the answer is complete; finished() waits for m_downloads
    int m_linkedImages = 0;

    static constexpr int MaxLinkedImages = 16;
};

} // namespace confab
