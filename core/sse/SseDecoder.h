#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace confab {

// One dispatched server-sent event. The data stays as the raw UTF-8 of its complete lines (joined with '\n'),
// because every consumer parses it as JSON straight from bytes; dataText() decodes it when text is wanted.
struct SseEvent
{
    QString event;
    QByteArray data;
    QString id;

    QString dataText() const { return QString::fromUtf8(data); }
    bool operator==(const SseEvent &other) const = default;
};

class SseDecoder;

// An event's data that stays valid after the callback without a copy: it keeps a share of the read the bytes
// arrived in (or of the decoder's own buffer) and points into it.
class SsePayload
{
public:
    SsePayload() = default;
    explicit SsePayload(QByteArray owned)
        : m_storage(std::move(owned))
        , m_view(m_storage)
    {}

    QByteArrayView view() const { return m_view; }
    // The bytes as a QByteArray that borrows them: valid while this payload lives.
    QByteArray bytes() const { return QByteArray::fromRawData(m_view.data(), m_view.size()); }

private:
    friend class SseEventView;
    SsePayload(QByteArray storage, QByteArrayView view)
        : m_storage(std::move(storage))
        , m_view(view)
    {}

    QByteArray m_storage;
    QByteArrayView m_view;
};

// An event handed to a callback without copying: data() is valid only during the call; takeData() gives an
// owned copy (free when the decoder already owns the bytes, as it does for long lines); share() keeps the
// bytes without copying them when the read was fed as a QByteArray.
class SseEventView
{
public:
    const QString &event() const;
    const QString &id() const;
    QByteArrayView data() const;
    QByteArray takeData();
    SsePayload share();

private:
    friend class SseDecoder;
    explicit SseEventView(SseDecoder *decoder)
        : m_decoder(decoder)
    {}
    SseDecoder *m_decoder;
};

// Incremental text/event-stream decoder for bytes as they arrive from readyRead, per the WHATWG parsing
// rules: a leading UTF-8 BOM is skipped; lines end at "\n", "\r\n" or "\r" (also when the "\r" and "\n" come
// in different reads); an event is dispatched only by its closing blank line. Only new bytes are scanned for
// line ends, and a line of many megabytes is joined once, so its cost stays linear. Comments and events
// without data are dropped.
class SseDecoder
{
public:
    static constexpr qsizetype DefaultMaxLineBytes = 64 * 1024 * 1024;
    using EventSink = std::function<void(SseEventView &)>;

    explicit SseDecoder(qsizetype maxLineBytes = DefaultMaxLineBytes);

    QList<SseEvent> feed(QByteArrayView bytes);
    // Same, but a read that only continues a long line is kept without a copy (as readAll() hands it over).
    QList<SseEvent> feed(const QByteArray &bytes);
    // Zero-copy form: events whose data lies within this read reach the sink without any allocation.
    void feed(QByteArrayView bytes, const EventSink &sink);
    void feed(const QByteArray &bytes, const EventSink &sink);

    // End of stream: an event that never got its closing blank line is discarded, as WHATWG specifies; a
    // stream cut short must not pass for one that ended properly. The decoder is then ready for a new stream.
    void finish();

    // Set once a line grew past the limit; that line is discarded.
    bool lineTooLong() const { return m_lineTooLong; }

    // The stream's last event ID (kept across events, as WHATWG's "last event ID buffer" is) and the
    // reconnection time its latest valid "retry" field gave (-1 while none came): what a client needs to
    // resume a stream the server closed, even when the event carrying them had no data.
    const QString &lastEventId() const { return m_lastId; }
    qint64 retryMilliseconds() const { return m_retryMs; }

private:
    friend class SseEventView;

    void decode(QByteArrayView bytes, const QByteArray *owner, const EventSink &sink);
    QByteArrayView skipByteOrderMark(QByteArrayView bytes);
    qsizetype scanLines(const char *data, qsizetype size, const EventSink &sink);
    qsizetype skipTerminator(QByteArrayView bytes, qsizetype end);
    void keepPending(QByteArrayView bytes, const QByteArray *owner);
    QByteArray takePending(QByteArrayView last);
    void processLine(const char *line, qsizetype length, bool borrowed, const EventSink &sink);
    void processOwnedLine(QByteArray line, const EventSink &sink);
    void appendData(QByteArrayView value, bool borrowed);
    void ownData();
    void dispatch(const EventSink &sink);
    void setRetry(QByteArrayView value);

    qsizetype m_maxLineBytes;
    const QByteArray *m_owner = nullptr; // the read being decoded, when the caller handed it over as an array
    QList<QByteArray> m_pending;         // the incomplete line carried over between feeds, one piece per read
    qsizetype m_pendingBytes = 0;
    QByteArray m_data;         // the event's data when the decoder owns it
    QByteArrayView m_dataView; // the event's data while it still lies in the caller's bytes
    QString m_eventName;
    QString m_lastId;
    qint64 m_retryMs = -1;
    int m_bomBytesSeen = 0; // how much of a leading BOM has gone by; 3 once the stream's start is past
    bool m_hasData = false;
    bool m_dataBorrowed = false;
    bool m_skipLeadingLf = false;
    bool m_discardingLine = false;
    bool m_lineTooLong = false;
};

} // namespace confab

Q_DECLARE_TYPEINFO(confab::SseEvent, Q_RELOCATABLE_TYPE);
