#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace confab {

// The stateless MCP revision (specification 2026-07-28, "modern" in its versioning page): no initialize, the
// version, client identity and capabilities in every request's _meta, server/discover to learn what a server
// speaks. Servers that do not answer server/discover as a modern server would are spoken to in 2025-11-25.
inline constexpr auto McpModernVersion = "2026-07-28";

bool isModernMcpVersion(const QString &version);

// The key of a request's metadata object in params (a progress token, and in 2026-07-28 the version and
// client).
inline const QString McpMetaKey = QStringLiteral("_meta");

// The error codes 2026-07-28 reserves for itself (basic/index "Error codes"). Only these identify a modern
// server when a request fails; anything else from a server asked server/discover means a legacy one.
namespace McpModernError {
inline constexpr int HeaderMismatch = -32020;
inline constexpr int MissingRequiredClientCapability = -32021;
inline constexpr int UnsupportedProtocolVersion = -32022;
} // namespace McpModernError

bool isModernMcpError(int code);

// params with the per-request _meta of 2026-07-28 added (io.modelcontextprotocol/protocolVersion,
// clientInfo, clientCapabilities); keys already in _meta (a progress token) stay.
QJsonObject withModernRequestMeta(QJsonObject params, const QString &version, const QJsonObject &clientInfo,
                                  const QJsonObject &clientCapabilities);

// What a result's resultType says: "input_required" asks for a retry with inputResponses (multi round-trip
// requests); absent means "complete", as results of earlier revisions have none.
bool isInputRequiredResult(const QJsonObject &result);

// The value of an Mcp-Name header (streamable-http "Value Encoding"): as it is when it is plain visible
// ASCII, otherwise (non-ASCII, control characters, space at either end, or text that looks like the sentinel
// itself)
// "=?base64?…?=" of its UTF-8.
QByteArray mcpHeaderValue(const QString &value);

// The name a request's Mcp-Name header carries: params.name of tools/call and prompts/get, params.uri of
// resources/read; empty for every other method.
QString mcpRequestName(const QString &method, const QJsonObject &params);

// One x-mcp-header annotation of a tool's inputSchema (streamable-http "Custom Headers from Tool
// Parameters"): the argument at `path` (a chain of properties) goes out as the header Mcp-Param-{name}.
struct McpParamHeader
{
    QByteArray name;
    QStringList path;
};

// The x-mcp-header annotations of an inputSchema. False, with the reason, when one breaks the rules (empty or
// not an HTTP token, twice the same name, on a type other than string, integer or boolean, or reachable other
// than through properties alone): such a tool must be left out over HTTP.
bool readMcpParamHeaders(const QJsonObject &inputSchema, QList<McpParamHeader> *headers, QString *problem);

// The Mcp-Param-* headers of one call: each annotated argument that is present and not null, encoded as
// mcpHeaderValue() says (true/false, integers in decimal).
QList<QPair<QByteArray, QByteArray>> mcpParamHeaderValues(const QList<McpParamHeader> &headers,
                                                          const QJsonObject &arguments);

} // namespace confab
