// What an MCP server writes to us, fed through the stdio framing (in pieces whose lengths come from the
// input) and the JSON-RPC reader, and every result read as a tool result and tool list, as McpClient does.
// Besides crashes it checks the bounds: a line held in memory never passes the limit, and a refused message
// never yields one.
#include "FuzzSupport.h"
#include "mcp/ElicitationForm.h"
#include "mcp/JsonRpcMessage.h"
#include "mcp/LineReader.h"
#include "mcp/McpTypes.h"

#include <QJsonArray>

#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

using namespace confab;

namespace {

constexpr qsizetype MaxLine = 4096;

void readMessage(QByteArrayView line)
{
    const JsonRpcRead read = readJsonRpc(line, MaxLine);
    if (read.message.has_value() == !read.problem.isEmpty())
        std::abort();
    if (!read.message)
        return;
    const JsonRpcMessage &message = *read.message;
    if (message.kind == JsonRpcMessage::Kind::Result) {
        const QJsonObject result = message.result.toObject();
        McpToolResult::fromJson(result).textForModel();
        for (const QJsonValue &tool : result.value(QLatin1String("tools")).toArray())
            McpTool::fromJson(tool.toObject()).fingerprint();
    }
    if (message.kind == JsonRpcMessage::Kind::Request)
        applyElicitationDefaults(message.params.value(QLatin1String("requestedSchema")).toObject(),
                                 message.params.value(QLatin1String("content")).toObject());
    jsonRpcIdKey(message.id);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider provider(data, size);
    const size_t splits = provider.ConsumeIntegralInRange<size_t>(0, 32);
    QList<size_t> lengths;
    for (size_t i = 0; i < splits; ++i)
        lengths << provider.ConsumeIntegralInRange<size_t>(0, 64);
    const std::string rest = provider.ConsumeRemainingBytesAsString();
    const QByteArray stream(rest.data(), qsizetype(rest.size()));

    LineReader reader(MaxLine);
    qsizetype offset = 0;
    for (qsizetype i = 0; offset < stream.size(); ++i) {
        const qsizetype length = i < lengths.size() ? qMin(qsizetype(lengths.at(i)), stream.size() - offset)
                                                    : stream.size() - offset;
        reader.feed(QByteArrayView(stream).sliced(offset, length), [](QByteArrayView line, bool tooLong) {
            if (line.size() > MaxLine)
                std::abort();
            if (!tooLong)
                readMessage(line);
        });
        if (reader.pendingBytes() > MaxLine)
            std::abort();
        offset += length;
    }
    // The whole input as one message, as an HTTP reply's body is read.
    readMessage(stream);
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    confab::fuzz::silenceQtMessages();
    return 0;
}
