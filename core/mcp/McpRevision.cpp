#include "mcp/McpRevision.h"

namespace confab {

namespace {

const QString Meta = QStringLiteral("_meta");

bool plainHeaderText(const QString &value)
{
    if (value.isEmpty())
        return true;
    if (value.front() == QLatin1Char(' ') || value.front() == QLatin1Char('\t') ||
        value.back() == QLatin1Char(' ') || value.back() == QLatin1Char('\t'))
        return false;
    if (value.startsWith(QLatin1String("=?base64?")) && value.endsWith(QLatin1String("?=")))
        return false;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (!(u == '\t' || (u >= 0x20 && u <= 0x7e)))
            return false;
    }
    return true;
}

} // namespace

bool isModernMcpVersion(const QString &version)
{
    return version == QLatin1String(McpModernVersion);
}

bool isModernMcpError(int code)
{
    return code == McpModernError::HeaderMismatch ||
           code == McpModernError::MissingRequiredClientCapability ||
           code == McpModernError::UnsupportedProtocolVersion;
}

QJsonObject withModernRequestMeta(QJsonObject params, const QString &version, const QJsonObject &clientInfo,
                                  const QJsonObject &clientCapabilities)
{
    QJsonObject meta = params.value(Meta).toObject();
    meta.insert(QStringLiteral("io.modelcontextprotocol/protocolVersion"), version);
    meta.insert(QStringLiteral("io.modelcontextprotocol/clientInfo"), clientInfo);
    meta.insert(QStringLiteral("io.modelcontextprotocol/clientCapabilities"), clientCapabilities);
    params.insert(Meta, meta);
    return params;
}

bool isInputRequiredResult(const QJsonObject &result)
{
    return result.value(QLatin1String("resultType")).toString() == QLatin1String("input_required");
}

QByteArray mcpHeaderValue(const QString &value)
{
    if (plainHeaderText(value))
        return value.toLatin1();
    return "=?base64?" + value.toUtf8().toBase64() + "?=";
}

QString mcpRequestName(const QString &method, const QJsonObject &params)
{
    if (method == QLatin1String("tools/call") || method == QLatin1String("prompts/get"))
        return params.value(QLatin1String("name")).toString();
    if (method == QLatin1String("resources/read"))
        return params.value(QLatin1String("uri")).toString();
    return {};
}

} // namespace confab
