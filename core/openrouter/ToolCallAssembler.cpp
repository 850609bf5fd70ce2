#include "ToolCallAssembler.h"

#include <QSet>

namespace confab {

qsizetype ToolCallAssembler::slotFor(const ToolCallDelta &delta)
{
    if (delta.index >= 0) {
        const qsizetype known = m_indexes.indexOf(delta.index);
        if (known >= 0)
            return known;
    } else if (!m_calls.isEmpty()) {
        const ToolCall &last = m_calls.last();
        const bool startsAnother = (!delta.id.isEmpty() && !last.id.isEmpty() && delta.id != last.id) ||
                                   (!delta.name.isEmpty() && !last.name.isEmpty());
        if (!startsAnother)
            return m_calls.size() - 1;
    }
    m_calls.append(ToolCall{});
    m_indexes.append(delta.index >= 0 ? delta.index : -1);
    return m_calls.size() - 1;
}

void ToolCallAssembler::add(const ToolCallDelta &delta)
{
    ToolCall &call = m_calls[slotFor(delta)];
    if (call.id.isEmpty())
        call.id = delta.id;
    if (call.name.isEmpty())
        call.name = delta.name;
    call.arguments += delta.arguments;
}

QList<ToolCall> ToolCallAssembler::calls() const
{
    QList<ToolCall> result = m_calls;
    QSet<QString> seen;
    for (qsizetype i = 0; i < result.size(); ++i) {
        ToolCall &call = result[i];
        // Tool results are matched to calls by id, so every call needs its own.
        if (call.id.isEmpty() || seen.contains(call.id)) {
            call.id = QStringLiteral("call_%1_%2")
                          .arg(call.id.isEmpty() ? QStringLiteral("confab") : call.id)
                          .arg(i);
            // A provider may itself have sent the made-up id, e.g. "call_a_2" before two calls "a".
            while (seen.contains(call.id))
                call.id += QLatin1Char('_');
        }
        seen.insert(call.id);
        if (call.arguments.trimmed().isEmpty())
            call.arguments = QStringLiteral("{}");
    }
    return result;
}

} // namespace confab
