#include "log/SecretRedaction.h"

#include <QRegularExpression>

#include <algorithm>

namespace confab {

namespace {
constexpr qsizetype visibleTail = 4;
// Below this length, showing a prefix and a tail would reveal too much of the key.
constexpr qsizetype shortKeyLength = 12;
// Secrets this short would redact ordinary words; real API keys are far longer.
constexpr qsizetype minimumSecretLength = 6;

// "sk-or-v1-abc…" keeps "sk-or-"; "fal-id:secret" keeps nothing of the id.
QString visiblePrefix(const QString &key)
{
    qsizetype end = 0;
    for (qsizetype i = 0; i < key.size() && i < 6; ++i) {
        if (key.at(i) == QLatin1Char('-'))
            end = i + 1;
    }
    return key.left(end);
}
} // namespace

QString maskKey(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.size() < shortKeyLength)
        return QStringLiteral("…") + trimmed.right(std::min<qsizetype>(2, trimmed.size() / 4));
    return visiblePrefix(trimmed) + QStringLiteral("…") + trimmed.right(visibleTail);
}

QString redactSecrets(QString text, const QStringList &secrets)
{
    QStringList ordered;
    for (const QString &secret : secrets) {
        const QString trimmed = secret.trimmed();
        if (trimmed.size() >= minimumSecretLength)
            ordered.append(trimmed);
    }
    // Longer secrets first, so a key that contains another one is replaced whole.
    std::sort(ordered.begin(), ordered.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(ordered))
        text.replace(secret, QStringLiteral("[redacted]"));
    return text;
}

QString redactCredentials(QString text)
{
    static const QRegularExpression authorisation(QStringLiteral(R"(\b(Bearer|Key)\s+[^\s"',;]{6,})"));
    static const QRegularExpression keyToken(QStringLiteral(R"(\bsk-[A-Za-z0-9_-]{12,})"));
    text.replace(authorisation, QStringLiteral("\\1 [redacted]"));
    text.replace(keyToken, QStringLiteral("[redacted]"));
    return text;
}

} // namespace confab
