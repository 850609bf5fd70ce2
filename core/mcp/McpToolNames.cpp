#include "mcp/McpToolNames.h"

#include <QJsonObject>

namespace confab {

namespace {

constexpr qsizetype MaxFunctionName = 64;

QString plain(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append((c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_') ||
                           c == QLatin1Char('-')
                       ? c
                       : QLatin1Char('_'));
    return out;
}

} // namespace

QString McpToolNames::functionName(const QString &server, const QString &tool)
{
    return QString(plain(server) + QStringLiteral("__") + plain(tool)).left(MaxFunctionName);
}

void McpToolNames::addServer(const QString &server, const QList<McpTool> &tools, const QStringList &reserved)
{
    for (const McpTool &tool : tools) {
        QString name = functionName(server, tool.name);
        for (int n = 2; m_targets.contains(name) || reserved.contains(name); ++n) {
            const QString suffix = QStringLiteral("_%1").arg(n);
            name = functionName(server, tool.name).left(MaxFunctionName - suffix.size()) + suffix;
        }
        m_targets.insert(name, {server, tool});
        QJsonObject parameters = tool.inputSchema;
        if (parameters.isEmpty())
            parameters = {{QStringLiteral("type"), QStringLiteral("object")},
                          {QStringLiteral("properties"), QJsonObject()}};
        QString description = tool.description;
        if (!tool.title.isEmpty() && !description.startsWith(tool.title))
            description = tool.title + QStringLiteral(": ") + description;
        m_definitions.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("function")},
            {QStringLiteral("function"),
             QJsonObject{{QStringLiteral("name"), name},
                         {QStringLiteral("description"), QStringLiteral("[%1] %2").arg(server, description)},
                         {QStringLiteral("parameters"), parameters}}}});
    }
}

const McpToolNames::Target *McpToolNames::target(const QString &functionName) const
{
    const auto it = m_targets.constFind(functionName);
    return it == m_targets.constEnd() ? nullptr : &it.value();
}

} // namespace confab
