#include "SseDecoder.h"

#include <bit>
#include <cstring>
#include <utility>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif

namespace confab {

namespace {

constexpr char ByteOrderMark[] = "\xEF\xBB\xBF";
constexpr int ByteOrderMarkSize = 3;

// Finds the next '\r' or '\n' in [from, size). With SSE2 (every x86-64) both bytes are looked for in one
// pass, sixteen at a time. Elsewhere two memchr passes, each result cached so no byte is looked at twice in a
// scan, still beat a byte loop by far on long lines.
class TerminatorFinder
{
public:
    TerminatorFinder(const char *data, qsizetype size)
        : m_data(data)
        , m_size(size)
    {}

    qsizetype next(qsizetype from)
    {
        // The blank line after each event is the common case: no search needed for it.
        if (from < m_size && (m_data[from] == '\n' || m_data[from] == '\r'))
            return from;
#if defined(__SSE2__) || defined(_M_X64)
        const __m128i lf = _mm_set1_epi8('\n');
        const __m128i cr = _mm_set1_epi8('\r');
        const auto terminators = [&](qsizetype at) {
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_data + at));
            return _mm_or_si128(_mm_cmpeq_epi8(block, lf), _mm_cmpeq_epi8(block, cr));
        };
        qsizetype at = from;
        // Long lines (images) are scanned 64 bytes per step, testing the four blocks together.
        for (; at + 64 <= m_size; at += 64) {
            const __m128i a = terminators(at);
            const __m128i b = terminators(at + 16);
            const __m128i c = terminators(at + 32);
            const __m128i d = terminators(at + 48);
            if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d))) == 0)
                continue;
            const quint64 hits =
                quint64(unsigned(_mm_movemask_epi8(a))) | quint64(unsigned(_mm_movemask_epi8(b))) << 16 |
                quint64(unsigned(_mm_movemask_epi8(c))) << 32 | quint64(unsigned(_mm_movemask_epi8(d))) << 48;
            return at + std::countr_zero(hits);
        }
        for (; at + 16 <= m_size; at += 16) {
            const int hits = _mm_movemask_epi8(terminators(at));
            if (hits != 0)
                return at + std::countr_zero(static_cast<unsigned>(hits));
        }
        for (; at < m_size; ++at) {
            if (m_data[at] == '\n' || m_data[at] == '\r')
                return at;
        }
        return -1;
#else
        if (m_lf < from)
            m_lf = find('\n', from);
        if (m_cr < from)
            m_cr = find('\r', from);
        const qsizetype found = m_lf < m_cr ? m_lf : m_cr;
        return found < m_size ? found : -1;
#endif
    }

private:
#if !(defined(__SSE2__) || defined(_M_X64))
    qsizetype find(char c, qsizetype from) const
    {
        if (from >= m_size)
            return m_size;
        const void *hit = std::memchr(m_data + from, c, size_t(m_size - from));
        return hit ? static_cast<const char *>(hit) - m_data : m_size;
    }

    qsizetype m_lf = -1;
    qsizetype m_cr = -1;
#endif
    const char *m_data;
    qsizetype m_size;
};

QByteArrayView fieldValue(const char *line, qsizetype length, qsizetype colon)
{
    qsizetype start = colon + 1;
    if (start < length && line[start] == ' ')
        ++start;
    return QByteArrayView(line + start, length - start);
}

// Only an array that owns its bytes can be kept past the call by sharing it; one made with fromRawData has no
// allocation of its own (capacity 0) and cannot.
const QByteArray *shareable(const QByteArray &bytes)
{
    return bytes.capacity() > 0 ? &bytes : nullptr;
}

SseDecoder::EventSink collectInto(QList<SseEvent> &out)
{
    return [&out](SseEventView &event) { out.append(SseEvent{event.event(), event.takeData(), event.id()}); };
}

} // namespace

const QString &SseEventView::event() const
{
    return m_decoder->m_eventName;
}

const QString &SseEventView::id() const
{
    return m_decoder->m_lastId;
}

QByteArrayView SseEventView::data() const
{
    return m_decoder->m_dataBorrowed ? m_decoder->m_dataView : QByteArrayView(m_decoder->m_data);
}

QByteArray SseEventView::takeData()
{
    if (m_decoder->m_dataBorrowed)
        return m_decoder->m_dataView.toByteArray();
    return std::exchange(m_decoder->m_data, QByteArray());
}

SsePayload SseEventView::share()
{
    if (!m_decoder->m_dataBorrowed)
        return SsePayload(std::exchange(m_decoder->m_data, QByteArray()));
    // Data borrowed from a read handed over as an array lies inside it: one reference instead of a copy.
    if (m_decoder->m_owner)
        return SsePayload(*m_decoder->m_owner, m_decoder->m_dataView);
    return SsePayload(m_decoder->m_dataView.toByteArray());
}

SseDecoder::SseDecoder(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{}

QList<SseEvent> SseDecoder::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    // Token streams carry an event every couple of hundred bytes; growing the list one by one costs more.
    if (bytes.size() >= 4096)
        out.reserve(qMin<qsizetype>(bytes.size() / 192, 4096));
    decode(bytes, nullptr, collectInto(out));
    return out;
}

QList<SseEvent> SseDecoder::feed(const QByteArray &bytes)
{
    QList<SseEvent> out;
    if (bytes.size() >= 4096)
        out.reserve(qMin<qsizetype>(bytes.size() / 192, 4096));
    decode(bytes, shareable(bytes), collectInto(out));
    return out;
}

void SseDecoder::feed(QByteArrayView bytes, const EventSink &sink)
{
    decode(bytes, nullptr, sink);
}

void SseDecoder::feed(const QByteArray &bytes, const EventSink &sink)
{
    decode(bytes, shareable(bytes), sink);
}

QByteArrayView SseDecoder::skipByteOrderMark(QByteArrayView bytes)
{
    while (m_bomBytesSeen < ByteOrderMarkSize && !bytes.isEmpty()) {
        if (bytes.front() != ByteOrderMark[m_bomBytesSeen]) {
            // A start that only looked like a BOM belongs to the first line after all.
            if (m_bomBytesSeen > 0) {
                m_pending.append(QByteArray(ByteOrderMark, m_bomBytesSeen));
                m_pendingBytes += m_bomBytesSeen;
            }
            m_bomBytesSeen = ByteOrderMarkSize;
            return bytes;
        }
        ++m_bomBytesSeen;
        bytes = bytes.sliced(1);
    }
    return bytes;
}

void SseDecoder::decode(QByteArrayView bytes, const QByteArray *owner, const EventSink &sink)
{
    if (m_bomBytesSeen < ByteOrderMarkSize)
        bytes = skipByteOrderMark(bytes);
    if (m_skipLeadingLf && !bytes.isEmpty()) {
        m_skipLeadingLf = false;
        if (bytes.front() == '\n')
            bytes = bytes.sliced(1);
    }
    if (bytes.isEmpty())
        return;

    if (!m_pending.isEmpty() || m_discardingLine) {
        // Finish the carried-over line first; everything after it is read straight from the caller's bytes.
        const qsizetype end = TerminatorFinder(bytes.data(), bytes.size()).next(0);
        if (end < 0) {
            keepPending(bytes, owner);
            return;
        }
        if (m_discardingLine)
            m_discardingLine = false;
        else
            processOwnedLine(takePending(bytes.first(end)), sink);
        bytes = bytes.sliced(skipTerminator(bytes, end));
    }

    m_owner = owner;
    const qsizetype consumed = scanLines(bytes.data(), bytes.size(), sink);
    m_owner = nullptr;
    keepPending(bytes.sliced(consumed), owner);
    // An event still waiting for its blank line cannot keep pointing into bytes the caller will reuse.
    ownData();
}

void SseDecoder::finish()
{
    m_pending.clear();
    m_pendingBytes = 0;
    m_data = QByteArray();
    m_dataView = QByteArrayView();
    m_dataBorrowed = false;
    m_hasData = false;
    m_eventName.clear();
    m_bomBytesSeen = 0;
    m_skipLeadingLf = false;
    m_discardingLine = false;
}

qsizetype SseDecoder::skipTerminator(QByteArrayView bytes, qsizetype end)
{
    if (bytes[end] == '\r') {
        if (end + 1 < bytes.size() && bytes[end + 1] == '\n')
            return end + 2;
        if (end + 1 == bytes.size())
            m_skipLeadingLf = true;
    }
    return end + 1;
}

void SseDecoder::keepPending(QByteArrayView bytes, const QByteArray *owner)
{
    if (bytes.isEmpty() || m_discardingLine)
        return;
    // A read that is all one piece of a long line is kept by sharing, not copied.
    const bool whole = owner && bytes.data() == owner->constData() && bytes.size() == owner->size();
    m_pending.append(whole ? *owner : bytes.toByteArray());
    m_pendingBytes += bytes.size();
    if (m_pendingBytes <= m_maxLineBytes)
        return;
    m_pending.clear();
    m_pendingBytes = 0;
    m_discardingLine = true;
    m_lineTooLong = true;
}

// The pieces of a long line are joined once, into memory of the exact size: growing one buffer read by read
// would copy and page-fault it over and over.
QByteArray SseDecoder::takePending(QByteArrayView last)
{
    QByteArray line;
    if (m_pending.size() == 1 && last.isEmpty()) {
        line = std::move(m_pending.first());
    } else {
        line = QByteArray(m_pendingBytes + last.size(), Qt::Uninitialized);
        char *to = line.data();
        for (const QByteArray &piece : std::as_const(m_pending)) {
            std::memcpy(to, piece.constData(), size_t(piece.size()));
            to += piece.size();
        }
        if (!last.isEmpty())
            std::memcpy(to, last.data(), size_t(last.size()));
    }
    m_pending.clear();
    m_pendingBytes = 0;
    return line;
}

qsizetype SseDecoder::scanLines(const char *data, qsizetype size, const EventSink &sink)
{
    TerminatorFinder finder(data, size);
    qsizetype lineStart = 0;
    while (true) {
        const qsizetype end = finder.next(lineStart);
        if (end < 0)
            break;
        processLine(data + lineStart, end - lineStart, true, sink);
        lineStart = skipTerminator(QByteArrayView(data, size), end);
    }
    return lineStart;
}

void SseDecoder::processOwnedLine(QByteArray line, const EventSink &sink)
{
    // A long line is almost always one data field (an image); it becomes the event's data without a copy.
    if (!m_hasData && line.startsWith("data:")) {
        line.remove(0, line.size() > 5 && line.at(5) == ' ' ? 6 : 5);
        m_data = std::move(line);
        m_hasData = true;
        return;
    }
    processLine(line.constData(), line.size(), false, sink);
}

void SseDecoder::processLine(const char *line, qsizetype length, bool borrowed, const EventSink &sink)
{
    if (length == 0) {
        dispatch(sink);
        return;
    }
    if (line[0] == ':')
        return;
    if (length >= 5 && std::memcmp(line, "data:", 5) == 0) {
        appendData(fieldValue(line, length, 4), borrowed);
        return;
    }

    const void *colonHit = std::memchr(line, ':', size_t(length));
    const qsizetype colon = colonHit ? static_cast<const char *>(colonHit) - line : length;
    const QByteArrayView field(line, colon);
    const QByteArrayView value = colonHit ? fieldValue(line, length, colon) : QByteArrayView();

    if (field == "data") {
        appendData(value, borrowed);
    } else if (field == "event") {
        m_eventName = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = QString::fromUtf8(value);
    } else if (field == "retry") {
        setRetry(value);
    }
}

void SseDecoder::setRetry(QByteArrayView value)
{
    // Only ASCII digits count; anything else leaves the previous value, as WHATWG says. Nine digits are
    // over a week, so a longer value is ignored rather than overflowing.
    if (value.isEmpty() || value.size() > 9)
        return;
    qint64 ms = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return;
        ms = ms * 10 + (c - '0');
    }
    m_retryMs = ms;
}

void SseDecoder::appendData(QByteArrayView value, bool borrowed)
{
    if (!m_hasData) {
        m_hasData = true;
        if (borrowed) {
            m_dataView = value;
            m_dataBorrowed = true;
        } else {
            m_data = value.toByteArray();
        }
        return;
    }
    ownData();
    m_data.append('\n');
    m_data.append(value.data(), value.size());
}

void SseDecoder::ownData()
{
    if (!m_dataBorrowed)
        return;
    m_data = m_dataView.toByteArray();
    m_dataView = QByteArrayView();
    m_dataBorrowed = false;
}

void SseDecoder::dispatch(const EventSink &sink)
{
    // An event with no data (a lone comment, a blank line, or "data:" with nothing after it) is dropped: it
    // would only reach a JSON parser as an empty document.
    const bool hasPayload = m_hasData && (m_dataBorrowed ? !m_dataView.isEmpty() : !m_data.isEmpty());
    if (hasPayload) {
        SseEventView event(this);
        sink(event);
    }
    m_data = QByteArray();
    m_dataView = QByteArrayView();
    m_dataBorrowed = false;
    m_hasData = false;
    m_eventName.clear();
}

} // namespace confab
