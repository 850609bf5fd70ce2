#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace confab {

// The revisions this client speaks, newest first. 2025-11-25 is the one it asks for at initialize.
inline constexpr auto McpProtocolVersion = "2025-11-25";
bool isSupportedMcpVersion(const QString &version);

// One tool a server offers (tools/list).
struct McpTool
{
    QString name;
    QString title;
    QString description;
    QJsonObject inputSchema;
    QJsonObject outputSchema;
    QJsonObject annotations; // readOnlyHint, destructiveHint, … (hints from the server, never trusted)

    bool readOnlyHint() const { return annotations.value(QLatin1String("readOnlyHint")).toBool(); }
    bool destructiveHint() const { return annotations.value(QLatin1String("destructiveHint")).toBool(true); }
    // What an approval depends on: a tool whose description or schema changed asks again.
    QByteArray fingerprint() const;

    static McpTool fromJson(const QJsonObject &object);
};

// One piece of a tool result's content.
struct McpContent
{
    enum class Kind
    {
        Text,
        Image,
        Audio,
        ResourceLink,
        Resource,
        Unknown,
    };
    Kind kind = Kind::Unknown;
    QString text;    // Text, or an embedded text resource
    QByteArray data; // Image/Audio/embedded blob, decoded from base64
    QString mimeType;
    QString uri;      // ResourceLink / Resource
    QString name;     // ResourceLink
    QString typeName; // as the server wrote it, for Unknown

    static McpContent fromJson(const QJsonObject &object);
};

// A tools/call result.
struct McpToolResult
{
    QList<McpContent> content;
    QJsonValue structuredContent;
    bool isError = false;

    static McpToolResult fromJson(const QJsonObject &object);
    // The result as text for the model: text parts as they are, others described in a line.
    QString textForModel() const;
};

// A progress notification for one of our requests.
struct McpProgress
{
    double progress = 0;
    double total = -1; // -1 when the server does not know
    QString message;
};

} // namespace confab
