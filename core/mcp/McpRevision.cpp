#include "mcp/McpRevision.h"

#include <QJsonArray>

#include <cmath>

namespace confab {

namespace {

const QString ParamHeaderKey = QStringLiteral("x-mcp-header");

bool isHttpToken(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
        if (!alnum && !QStringView(u"!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

// Every x-mcp-header anywhere in the schema, to compare with those reachable through properties alone.
int countParamHeaders(const QJsonValue &value)
{
    int count = 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            count += (it.key() == ParamHeaderKey ? 1 : 0) + countParamHeaders(it.value());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            count += countParamHeaders(item);
    }
    return count;
}

bool collectParamHeaders(const QJsonObject &schema, const QStringList &path, QList<McpParamHeader> *headers,
                         QString *problem)
{
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject property = it.value().toObject();
        const QStringList at = path + QStringList{it.key()};
        if (property.contains(ParamHeaderKey)) {
            const QString name = property.value(ParamHeaderKey).toString();
            const QString type = property.value(QLatin1String("type")).toString();
            if (!isHttpToken(name)) {
                *problem = QStringLiteral("x-mcp-header of %1 is not an HTTP token").arg(at.join(u'.'));
                return false;
            }
            if (type != QLatin1String("string") && type != QLatin1String("integer") &&
                type != QLatin1String("boolean")) {
                *problem = QStringLiteral("x-mcp-header on %1, of type \"%2\"").arg(at.join(u'.'), type);
                return false;
            }
            for (const McpParamHeader &header : std::as_const(*headers))
                if (QString::fromLatin1(header.name).compare(name, Qt::CaseInsensitive) == 0) {
                    *problem = QStringLiteral("x-mcp-header \"%1\" is used twice").arg(name);
                    return false;
                }
            headers->append({name.toLatin1(), at});
        }
        if (!collectParamHeaders(property, at, headers, problem))
            return false;
    }
    return true;
}

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
    QJsonObject meta = params.value(McpMetaKey).toObject();
    meta.insert(QStringLiteral("io.modelcontextprotocol/protocolVersion"), version);
    meta.insert(QStringLiteral("io.modelcontextprotocol/clientInfo"), clientInfo);
    meta.insert(QStringLiteral("io.modelcontextprotocol/clientCapabilities"), clientCapabilities);
    params.insert(McpMetaKey, meta);
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

bool readMcpParamHeaders(const QJsonObject &inputSchema, QList<McpParamHeader> *headers, QString *problem)
{
    headers->clear();
    if (!collectParamHeaders(inputSchema, {}, headers, problem))
        return false;
    if (countParamHeaders(inputSchema) != headers->size()) {
        *problem = QStringLiteral("an x-mcp-header is reachable other than through properties alone");
        return false;
    }
    return true;
}

QList<QPair<QByteArray, QByteArray>> mcpParamHeaderValues(const QList<McpParamHeader> &headers,
                                                          const QJsonObject &arguments)
{
    // JavaScript's safe integers: what a server written in it reads back exactly.
    constexpr double MaxSafeInteger = 9007199254740991.0;
    QList<QPair<QByteArray, QByteArray>> values;
    for (const McpParamHeader &header : headers) {
        QJsonValue value = arguments;
        for (const QString &key : header.path)
            value = value.toObject().value(key);
        QByteArray text;
        if (value.isString())
            text = mcpHeaderValue(value.toString());
        else if (value.isBool())
            text = value.toBool() ? "true" : "false";
        else if (value.isDouble() && std::trunc(value.toDouble()) == value.toDouble() &&
                 std::abs(value.toDouble()) <= MaxSafeInteger)
            text = QByteArray::number(qint64(value.toDouble()));
        else
            continue;
        values.append({"Mcp-Param-" + header.name, text});
    }
    return values;
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
