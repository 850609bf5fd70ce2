#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>

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

// An event handed to a callback without copying: data() is valid only during the call; takeData() gives an
// owned copy (free when the decoder already owns the bytes, as it does for long lines).
class SseEventView
{
public:
    const QString &event() const;
    const QString &id() const;
    QByteArrayView data() const;
    QByteArray takeData();

private:
    friend class SseDecoder;
    explicit SseEventView(SseDecoder *decoder)
        : m_decoder(decoder)
    {}
    SseDecoder *m_decoder;
};

// Incremental text/event-stream decoder for bytes as they arrive from readyRead. Lines end at "\n", "\r\n" or
// "\r" (also when the "\r" and "\n" come in different reads); only new bytes are scanned for line ends, and a
// line of many megabytes is joined once, so its cost stays linear. Comments and events without data are
// dropped.
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

    // End of stream: a last line or event that never got its terminator is still delivered, since servers
    // that close right after "data: [DONE]\n" are common.
    QList<SseEvent> finish();
    void finish(const EventSink &sink);

    // Set once a line grew past the limit; that line is discarded.
    bool lineTooLong() const { return m_lineTooLong; }

private:
    friend class SseEventView;

    void decode(QByteArrayView bytes, const QByteArray *owner, const EventSink &sink);
    qsizetype scanLines(const char *data, qsizetype size, const EventSink &sink);
    qsizetype skipTerminator(QByteArrayView bytes, qsizetype end);
    void keepPending(QByteArrayView bytes, const QByteArray *owner);
    QByteArray takePending(QByteArrayView last);
    void processLine(const char *line, qsizetype length, bool borrowed, const EventSink &sink);
    void processOwnedLine(QByteArray line, const EventSink &sink);
    void appendData(QByteArrayView value, bool borrowed);
    void ownData();
    void dispatch(const EventSink &sink);

    qsizetype m_maxLineBytes;
    QList<QByteArray> m_pending; // the incomplete line carried over between feeds, one piece per read
    qsizetype m_pendingBytes = 0;
    QByteArray m_data;         // the event's data when the decoder owns it
    QByteArrayView m_dataView; // the event's data while it still lies in the caller's bytes
    QString m_eventName;
    QString m_lastId;
    bool m_hasData = false;
    bool m_dataBorrowed = false;
    bool m_skipLeadingLf = false;
    bool m_discardingLine = false;
    bool m_lineTooLong = false;
};

} // namespace confab

Q_DECLARE_TYPEINFO(confab::SseEvent, Q_RELOCATABLE_TYPE);
