#include "mcp/LineReader.h"

namespace confab {

namespace {

QByteArrayView withoutCarriageReturn(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

void LineReader::feed(QByteArrayView bytes, const Sink &sink)
{
    while (!bytes.isEmpty()) {
        const qsizetype newline = bytes.indexOf('\n');
        const QByteArrayView piece = newline < 0 ? bytes : bytes.first(newline);
        bytes = newline < 0 ? QByteArrayView() : bytes.sliced(newline + 1);

        if (!m_discarding && m_pending.size() + piece.size() > m_maxLineBytes) {
            m_discarding = true;
            m_pending = QByteArray();
            sink({}, true);
        }
        if (m_discarding) {
            if (newline >= 0)
                m_discarding = false;
            continue;
        }
        if (newline < 0) {
            m_pending.append(piece);
            continue;
        }
        if (m_pending.isEmpty()) {
            const QByteArrayView line = withoutCarriageReturn(piece);
            if (!line.isEmpty())
                sink(line, false);
            continue;
        }
        m_pending.append(piece);
        const QByteArray line = std::exchange(m_pending, QByteArray());
        const QByteArrayView view = withoutCarriageReturn(line);
        if (!view.isEmpty())
            sink(view, false);
    }
}

} // namespace confab
