#include "ChatStream.h"

#include "log/LogCategories.h"
#include "log/SecretRedaction.h"
#include "openrouter/ChunkParser.h"
#include "openrouter/HttpErrors.h"
#include "openrouter/ImageDownload.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

namespace confab {

namespace {
// Payloads this large carry images: parsing and base64-decoding them would stall the window.
constexpr qsizetype OffThreadBytes = 64 * 1024;
constexpr qsizetype MaxErrorBodyBytes = 64 * 1024;
} // namespace

ChatStream::ChatStream(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &body,
                       const StreamSettings &settings, QObject *parent)
    : ChatReply(parent)
    , m_network(network)
    , m_request(request)
    , m_body(body)
    , m_settings(settings)
    , m_backoff(BackoffPolicy{settings.retryBaseDelayMs, settings.retryMaxDelayMs, settings.maxAttempts - 1},
                settings.retryRandom)
{
    m_inactivity.setSingleShot(true);
    m_inactivity.setInterval(settings.inactivityTimeoutMs);
    connect(&m_inactivity, &QTimer::timeout, this, &ChatStream::onInactivity);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChatStream::sendAttempt);
}

ChatStream::~ChatStream()
{
    dropReply();
}

void ChatStream::start()
{
    if (m_attempt > 0 || m_done)
        return;
    m_clock.start();
    sendAttempt();
}

void ChatStream::cancel()
{
    if (m_done)
        return;
    ChatError error;
    error.kind = ChatError::Kind::Cancelled;
    error.message = QCoreApplication::translate("ChatStream", "Stopped");
    fail(error);
}

void ChatStream::sendAttempt()
{
    ++m_attempt;
    m_errorBody.clear();
    m_reply = m_network->post(m_request, m_body);
    qCDebug(lcOpenRouter).noquote() << "POST" << m_request.url().path() << "attempt" << m_attempt
                                    << "body bytes" << m_body.size();
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] { m_inactivity.start(); });
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatStream::onReplyFinished);
    m_inactivity.start();
}

void ChatStream::onReadyRead()
{
    m_inactivity.start();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = m_reply->readAll();
    if (status < 200 || status >= 300) {
        if (m_errorBody.size() < MaxErrorBodyBytes)
            m_errorBody += bytes;
        return;
    }
    if (!m_gotFirstByte) {
        m_gotFirstByte = true;
        m_result.msToFirstByte = m_clock.elapsed();
        const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toString().toLatin1();
        m_isEventStream = type.isEmpty() || type.contains("event-stream") || !type.contains("json");
        if (m_result.generationId.isEmpty())
            m_result.generationId = QString::fromLatin1(m_reply->rawHeader("X-Generation-Id"));
    }
    if (m_isEventStream) {
        // Each event keeps a share of this read rather than a copy of its bytes.
        m_decoder.feed(bytes, [this](SseEventView &event) { m_backlog.append(event.share()); });
        pump();
    } else
        m_plainBody += bytes;
}

void ChatStream::onReplyFinished()
{
    m_inactivity.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (status >= 300 || (status == 0 && !m_gotFirstByte)) {
        handleFailedAttempt(status > 0
                                ? errorFromHttpStatus(status, m_errorBody, reply->rawHeader("Retry-After"))
                                : errorFromNetwork(reply->error(), m_request.url().host()));
        return;
    }
    m_transportBroken = reply->error() != QNetworkReply::NoError;
    if (m_isEventStream) {
        if (m_decoder.lineTooLong())
            m_transportBroken = true;
        m_decoder.finish();
    } else if (!m_plainBody.isEmpty()) {
        m_backlog.append(SsePayload(m_plainBody));
    }
    m_transportEnded = true;
    pump();
}

void ChatStream::handleFailedAttempt(const ChatError &error)
{
    const bool waitAllowed = error.retryAfterSeconds <= m_settings.maxRetryAfterSeconds;
    const std::optional<qint64> delayMs = isTransient(error) && waitAllowed
                                              ? m_backoff.nextDelayMs(error.retryAfterSeconds * 1000LL)
                                              : std::nullopt;
    if (!delayMs) {
        fail(error);
        return;
    }
    emit retrying(m_attempt + 1, int(*delayMs), error);
    m_retryTimer.start(int(*delayMs));
}

void ChatStream::onInactivity()
{
    if (m_done)
        return;
    ChatError error;
    error.kind = ChatError::Kind::Timeout;
    error.message =
        QCoreApplication::translate("ChatStream", "No data from the server for %1 s; the answer was stopped")
            .arg(m_settings.inactivityTimeoutMs / 1000.0, 0, 'g', 3);
    fail(error);
}

void ChatStream::pump()
{
    while (!m_done && !m_busy && !m_backlog.isEmpty()) {
        SsePayload data = m_backlog.takeFirst();
        if (data.view().size() < OffThreadBytes) {
            apply(parseChunk(data.bytes()));
            continue;
        }
        m_busy = true;
        auto *watcher = new QFutureWatcher<ChunkDelta>(this);
        connect(watcher, &QFutureWatcher<ChunkDelta>::finished, this, [this, watcher] {
            watcher->deleteLater();
            m_busy = false;
            if (m_done)
                return;
            apply(watcher->result());
            pump();
        });
        watcher->setFuture(
            QtConcurrent::run([payload = std::move(data)] { return parseChunk(payload.bytes()); }));
        return;
    }
    if (!m_done && !m_busy && m_backlog.isEmpty() && m_transportEnded)
        endOfStream();
}

void ChatStream::apply(const ChunkDelta &delta)
{
    if (!delta.valid)
        return;
    if (delta.done) {
        completeWhenFetched();
        return;
    }
    if (!delta.id.isEmpty())
        m_result.generationId = delta.id;
    if (!delta.model.isEmpty())
        m_result.model = delta.model;
    if (!delta.provider.isEmpty())
        m_result.provider = delta.provider;
    if (!delta.reasoning.isEmpty()) {
        m_result.reasoning += delta.reasoning;
        emit reasoningDelta(delta.reasoning);
    }
    m_reasoningDetails.add(delta.reasoningDetails);
    if (!delta.content.isEmpty()) {
        m_result.text += delta.content;
        emit textDelta(delta.content);
    }
    for (const ToolCallDelta &call : delta.toolCalls)
        m_toolCalls.add(call);
    for (const ImageOutput &image : delta.images) {
        if (!image.url.isEmpty()) {
            fetchImage(image.url);
            continue;
        }
        if (image.bytes.isEmpty())
            continue;
        ++m_result.imageCount;
        emit imageReceived(image.bytes, image.mime);
    }
    for (const Citation &citation : delta.citations)
        addCitation(m_result.citations, citation);
    // A later chunk with finish_reason null (the usage chunk) must not undo the finish.
    if (!delta.finishReason.isEmpty())
        m_result.finishReason = delta.finishReason;
    if (delta.hasUsage) {
        m_result.promptTokens = delta.promptTokens;
        m_result.completionTokens = delta.completionTokens;
        m_result.reasoningTokens = delta.reasoningTokens;
        if (delta.cost)
            m_result.cost = delta.cost;
        m_result.webSearches = delta.webSearches;
    }
    if (delta.hasError) {
        ChatError error;
        error.kind = ChatError::Kind::MidStream;
        error.httpStatus = delta.errorStatus;
        error.code = delta.errorCode;
        error.message =
            delta.errorMessage.isEmpty()
                ? QCoreApplication::translate("ChatStream", "The answer stopped with an error")
                : QCoreApplication::translate("ChatStream", "The answer stopped with an error: ") +
                      delta.errorMessage;
        fail(error);
    }
}

void ChatStream::endOfStream()
{
    // Without "[DONE]" the answer is only complete if a finish reason arrived over an intact connection.
    if (m_finishWhenFetched || (!m_transportBroken && !m_result.finishReason.isEmpty())) {
        completeWhenFetched();
        return;
    }
    ChatError error;
    error.kind = ChatError::Kind::Dropped;
    error.message =
        m_result.text.isEmpty()
            ? QCoreApplication::translate("ChatStream", "The connection closed before the answer arrived")
            : QCoreApplication::translate("ChatStream",
                                          "The connection dropped before the answer was complete");
    fail(error);
}

void ChatStream::succeed()
{
    m_done = true;
    releaseRequest();
    dropReply();
    m_result.toolCalls = m_toolCalls.calls();
    m_result.reasoningDetails = m_reasoningDetails.details();
    m_result.totalMs = m_clock.elapsed();
    qCInfo(lcOpenRouter).noquote() << "POST" << m_request.url().path() << "answered in" << m_result.totalMs
                                   << "ms," << m_result.completionTokens << "tokens";
    if (!m_result.toolCalls.isEmpty())
        emit toolCallsReady(m_result.toolCalls);
    emit finished(m_result);
}

void ChatStream::completeWhenFetched()
{
    // Pictures sent as links are part of the answer: it is complete when they are home.
    m_finishWhenFetched = true;
    if (m_downloads.isEmpty())
        succeed();
}

void ChatStream::fetchImage(const QString &link)
{
    if (m_done)
        return;
    const QUrl url(link);
    const auto imageFailed = [this](const QString &reason) {
        ChatError error;
        error.kind = ChatError::Kind::Network;
        error.message =
            QCoreApplication::translate("ChatStream", "A picture the model made could not be fetched: %1")
                .arg(reason);
        fail(error);
    };
    if (const QString refused = ImageDownload::refusal(url); !refused.isEmpty()) {
        imageFailed(refused);
        return;
    }
    // A hostile answer could list thousands of links; no model draws that many pictures in one answer.
    if (++m_linkedImages > MaxLinkedImages) {
        imageFailed(QCoreApplication::translate("ChatStream", "the answer linked more than %1 pictures")
                        .arg(MaxLinkedImages));
        return;
    }
    auto *download = new ImageDownload(m_network, url, m_settings.maxLinkedImageBytes, this);
    m_downloads.append(download);
    connect(download, &ImageDownload::done, this,
            [this, download](const QByteArray &bytes, const QString &mime) {
                m_downloads.removeOne(download);
                download->deleteLater();
                if (m_done)
                    return;
                ++m_result.imageCount;
                emit imageReceived(bytes, mime);
                if (m_downloads.isEmpty() && m_finishWhenFetched)
                    succeed();
            });
    connect(download, &ImageDownload::failed, this, [this, download, imageFailed](const QString &reason) {
        m_downloads.removeOne(download);
        download->deleteLater();
        if (!m_done)
            imageFailed(reason);
    });
    download->start();
}

void ChatStream::fail(ChatError error)
{
    m_done = true;
    for (ImageDownload *download : std::as_const(m_downloads))
        download->abort();
    releaseRequest();
    dropReply();
    // Provider error text is shown as it came, and some providers quote the key they were given.
    const QByteArray authorization = m_request.rawHeader("Authorization");
    if (authorization.startsWith("Bearer "))
        error.message = redactSecrets(error.message, {QString::fromUtf8(authorization.mid(7))});
    error.partialText = m_result.text;
    m_result.reasoningDetails = m_reasoningDetails.details();
    m_result.totalMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    qCWarning(lcOpenRouter).noquote()
        << "POST" << m_request.url().path() << "failed after" << m_result.totalMs << "ms:" << error.message;
    emit failed(error);
}

void ChatStream::releaseRequest()
{
    // A finished stream is never sent again; its body (pictures as base64 included) is the bulk of it.
    m_body = QByteArray();
}

void ChatStream::dropReply()
{
    m_inactivity.stop();
    m_retryTimer.stop();
    m_backlog.clear();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

} // namespace confab
