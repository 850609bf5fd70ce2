#include "ReasoningDetails.h"

namespace confab {

namespace {

bool isStreamedText(const QString &key)
{
    return key == QLatin1String("text") || key == QLatin1String("summary") || key == QLatin1String("data");
}

} // namespace

void ReasoningDetailsAssembler::merge(QJsonObject &entry, const QJsonObject &fragment) const
{
    for (auto it = fragment.constBegin(); it != fragment.constEnd(); ++it) {
        const QJsonValue current = entry.value(it.key());
        if (isStreamedText(it.key()) && current.isString() && it.value().isString())
            entry.insert(it.key(), QString(current.toString() + it.value().toString()));
        else if (!it.value().isNull() && !(it.value().isString() && it.value().toString().isEmpty()))
            entry.insert(it.key(), it.value());
        else if (!entry.contains(it.key()))
            entry.insert(it.key(), it.value());
    }
}

void ReasoningDetailsAssembler::add(const QJsonArray &fragments)
{
    for (const QJsonValue &value : fragments) {
        if (!value.isObject())
            continue;
        const QJsonObject fragment = value.toObject();
        const QJsonValue index = fragment.value(QStringLiteral("index"));
        const QString type = fragment.value(QStringLiteral("type")).toString();
        QJsonObject *same = nullptr;
        if (index.isDouble()) {
            for (QJsonObject &entry : m_entries) {
                if (entry.value(QStringLiteral("index")) == index &&
                    (type.isEmpty() || entry.value(QStringLiteral("type")).toString() == type)) {
                    same = &entry;
                    break;
                }
            }
        }
        if (same)
            merge(*same, fragment);
        else
            m_entries.append(fragment);
    }
}

QJsonArray ReasoningDetailsAssembler::details() const
{
    QJsonArray result;
    for (const QJsonObject &entry : m_entries)
        result.append(entry);
    return result;
}

QString reasoningTextOf(const QJsonArray &details)
{
    QString text;
    for (const QJsonValue &value : details) {
        const QJsonObject entry = value.toObject();
        const QString type = entry.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("reasoning.text"))
            text += entry.value(QStringLiteral("text")).toString();
        else if (type == QLatin1String("reasoning.summary"))
            text += entry.value(QStringLiteral("summary")).toString();
    }
    return text;
}

} // namespace confab
