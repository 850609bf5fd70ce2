#pragma once

#include "openrouter/ChatTypes.h"
#include "openrouter/ChunkParser.h"

namespace confab {

// Builds whole tool calls from streamed fragments: the id and name come only in a call's first fragment, some
// providers omit "index" (a fragment then belongs to the latest call unless it brings a new id), some send
// all arguments at once, and ids may be missing or repeated.
class ToolCallAssembler
{
public:
    void add(const ToolCallDelta &delta);
    bool isEmpty() const { return m_calls.isEmpty(); }
    QList<ToolCall> calls() const;

private:
    qsizetype slotFor(const ToolCallDelta &delta);

    QList<ToolCall> m_calls;
    QList<int> m_indexes;
};

} // namespace confab
