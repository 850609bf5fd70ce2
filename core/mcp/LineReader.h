#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace confab {

// Splits a byte stream into newline-delimited messages (MCP's stdio framing) with a bound on each line: a
// line over maxLineBytes is dropped as it streams past (reported once through the sink with tooLong set), so
// a server that floods stdout without a newline costs at most maxLineBytes of memory. Empty lines and a
// trailing "\r" are ignored.
class LineReader
{
public:
    using Sink = std::function<void(QByteArrayView line, bool tooLong)>;

    explicit LineReader(qsizetype maxLineBytes)
        : m_maxLineBytes(maxLineBytes)
    {}

    void feed(QByteArrayView bytes, const Sink &sink);
    // Bytes of the current, unfinished line held in memory.
    qsizetype pendingBytes() const { return m_pending.size(); }

private:
    qsizetype m_maxLineBytes;
    QByteArray m_pending;
    bool m_discarding = false;
};

} // namespace confab
