#include "mcp/McpTypes.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace confab {

bool isSupportedMcpVersion(const QString &version)
{
    static const QStringList supported{QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"),
                                       QStringLiteral("2025-03-26"), QStringLiteral("2024-11-05")};
    return supported.contains(version);
}

QByteArray McpTool::fingerprint() const
{
    QJsonObject shape{{QStringLiteral("description"), description},
                      {QStringLiteral("inputSchema"), inputSchema},
                      {QStringLiteral("outputSchema"), outputSchema}};
    // QJsonDocument writes keys sorted, so equal schemas give equal bytes whatever order the server used.
    return QCryptographicHash::hash(QJsonDocument(shape).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex()
        .left(32);
}

McpTool McpTool::fromJson(const QJsonObject &object)
{
    McpTool tool;
    tool.name = object.value(QLatin1String("name")).toString();
    tool.title = object.value(QLatin1String("title")).toString();
    tool.description = object.value(QLatin1String("description")).toString();
    tool.inputSchema = object.value(QLatin1String("inputSchema")).toObject();
    tool.outputSchema = object.value(QLatin1String("outputSchema")).toObject();
    tool.annotations = object.value(QLatin1String("annotations")).toObject();
    if (tool.title.isEmpty())
        tool.title = tool.annotations.value(QLatin1String("title")).toString();
    return tool;
}

McpContent McpContent::fromJson(const QJsonObject &object)
{
    McpContent content;
    content.typeName = object.value(QLatin1String("type")).toString();
    content.mimeType = object.value(QLatin1String("mimeType")).toString();
    const auto base64 = [](const QJsonValue &value) {
        const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        return decoded ? *decoded : QByteArray();
    };
    if (content.typeName == QLatin1String("text")) {
        content.kind = Kind::Text;
        content.text = object.value(QLatin1String("text")).toString();
    } else if (content.typeName == QLatin1String("image") || content.typeName == QLatin1String("audio")) {
        content.kind = content.typeName == QLatin1String("image") ? Kind::Image : Kind::Audio;
        content.data = base64(object.value(QLatin1String("data")));
    } else if (content.typeName == QLatin1String("resource_link")) {
        content.kind = Kind::ResourceLink;
        content.uri = object.value(QLatin1String("uri")).toString();
        content.name = object.value(QLatin1String("name")).toString();
        content.text = object.value(QLatin1String("description")).toString();
    } else if (content.typeName == QLatin1String("resource")) {
        content.kind = Kind::Resource;
        const QJsonObject resource = object.value(QLatin1String("resource")).toObject();
        content.uri = resource.value(QLatin1String("uri")).toString();
        content.mimeType = resource.value(QLatin1String("mimeType")).toString();
        content.text = resource.value(QLatin1String("text")).toString();
        content.data = base64(resource.value(QLatin1String("blob")));
    }
    return content;
}

McpToolResult McpToolResult::fromJson(const QJsonObject &object)
{
    McpToolResult result;
    const QJsonArray content = object.value(QLatin1String("content")).toArray();
    result.content.reserve(content.size());
    for (const QJsonValue &item : content)
        result.content.append(McpContent::fromJson(item.toObject()));
    result.structuredContent = object.value(QLatin1String("structuredContent"));
    result.isError = object.value(QLatin1String("isError")).toBool();
    return result;
}

QString McpToolResult::textForModel() const
{
    QStringList parts;
    for (const McpContent &content : content) {
        switch (content.kind) {
        case McpContent::Kind::Text:
            parts.append(content.text);
            break;
        case McpContent::Kind::Image:
            parts.append(
                QStringLiteral("[image, %1, %2 bytes]").arg(content.mimeType).arg(content.data.size()));
            break;
        case McpContent::Kind::Audio:
            parts.append(
                QStringLiteral("[audio, %1, %2 bytes]").arg(content.mimeType).arg(content.data.size()));
            break;
        case McpContent::Kind::ResourceLink:
            parts.append(QStringLiteral("[resource link %1: %2]").arg(content.name, content.uri));
            break;
        case McpContent::Kind::Resource:
            parts.append(content.text.isEmpty() ? QStringLiteral("[resource %1]").arg(content.uri)
                                                : content.text);
            break;
        case McpContent::Kind::Unknown:
            parts.append(QStringLiteral("[%1 content]").arg(content.typeName));
            break;
        }
    }
    if (parts.isEmpty() && !structuredContent.isUndefined() && !structuredContent.isNull())
        parts.append(QString::fromUtf8(
            QJsonDocument::fromVariant(structuredContent.toVariant()).toJson(QJsonDocument::Compact)));
    return parts.join(QLatin1Char('\n'));
}

} // namespace confab
