#include "mcp/ElicitationForm.h"

namespace confab {

QJsonObject applyElicitationDefaults(const QJsonObject &requestedSchema, QJsonObject content)
{
    const QJsonObject properties = requestedSchema.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (content.contains(it.key()))
            continue;
        const QJsonObject property = it.value().toObject();
        const QJsonValue fallback = property.value(QLatin1String("default"));
        if (fallback.isUndefined() || fallback.isNull())
            continue;
        const QString type = property.value(QLatin1String("type")).toString();
        // Only a default of the field's own type is applied: a server's schema is input like any other.
        const bool fits =
            (type == QLatin1String("string") && fallback.isString()) ||
            ((type == QLatin1String("number") || type == QLatin1String("integer")) && fallback.isDouble()) ||
            (type == QLatin1String("boolean") && fallback.isBool());
        if (fits)
            content.insert(it.key(), fallback);
    }
    return content;
}

} // namespace confab
