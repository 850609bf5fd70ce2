#include "openrouter/ProviderError.h"

#include <QJsonDocument>

namespace confab {

namespace {

// A provider's whole error page or stack trace would drown the message.
constexpr qsizetype MaxMessageChars = 400;

struct Words
{
    QString message;
    QString type;
};

// Provider error bodies nest their message in different places: {"error":{"message":…,"type":…}} (OpenAI,
// Anthropic), {"error":{"message":…,"status":…}} (Google), {"message":…}, {"detail":…}.
Words wordsIn(QJsonObject object)
{
    Words words;
    if (object.value(QStringLiteral("error")).isObject())
        object = object.value(QStringLiteral("error")).toObject();
    for (const QString &key : {QStringLiteral("message"), QStringLiteral("error"), QStringLiteral("detail"),
                               QStringLiteral("details"), QStringLiteral("msg")}) {
        if (object.value(key).isString()) {
            words.message = object.value(key).toString();
            break;
        }
    }
    for (const QString &key : {QStringLiteral("type"), QStringLiteral("status"), QStringLiteral("code")}) {
        if (object.value(key).isString()) {
            words.type = object.value(key).toString();
            break;
        }
    }
    return words;
}

Words wordsOf(const QJsonValue &raw)
{
    if (raw.isObject())
        return wordsIn(raw.toObject());
    if (!raw.isString())
        return {};
    const QString text = raw.toString().trimmed();
    const QJsonDocument nested = QJsonDocument::fromJson(text.toUtf8());
    if (nested.isObject())
        return wordsIn(nested.object());
    return {text, {}};
}

QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > MaxMessageChars)
        text = text.left(MaxMessageChars - 1) + QChar(0x2026);
    return text;
}

} // namespace

QString ProviderErrorDetail::text() const
{
    QString result = provider.isEmpty() ? message : provider + QStringLiteral(" said: ") + message;
    QStringList codes;
    for (const QString &code : {errorType, providerCode}) {
        if (!code.isEmpty() && !message.contains(code) && !codes.contains(code))
            codes.append(code);
    }
    if (!codes.isEmpty())
        result += QStringLiteral(" [") + codes.join(QStringLiteral(": ")) + QStringLiteral("]");
    return result;
}

ProviderErrorDetail providerErrorDetail(const QJsonObject &error)
{
    const QJsonObject metadata = error.value(QStringLiteral("metadata")).toObject();
    const Words words = wordsOf(metadata.value(QStringLiteral("raw")));
    ProviderErrorDetail detail;
    detail.provider = metadata.value(QStringLiteral("provider_name")).toString();
    // Newer errors carry no raw provider body; OpenRouter's message with its typed codes says it instead.
    detail.message = shortened(words.message.isEmpty() && metadata.contains(QStringLiteral("error_type"))
                                   ? error.value(QStringLiteral("message")).toString()
                                   : words.message);
    detail.providerCode = shortened(metadata.value(QStringLiteral("provider_code")).toString());
    detail.errorType = metadata.value(QStringLiteral("error_type")).toString();
    if (detail.errorType.isEmpty())
        detail.errorType = words.type;
    return detail;
}

} // namespace confab
