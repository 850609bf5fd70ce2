#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace confab::records {

// Reads the fields of one JSON record (an exported message, a synced one); the first problem found is kept
// as the reason ("message 4 has no \"content\" text").
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString where, QString *error)
        : m_object(object)
        , m_where(std::move(where))
        , m_error(error)
    {}

    std::optional<qint64> integer(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isDouble())
            return fail<qint64>(QStringLiteral("%1 has no valid \"%2\"").arg(m_where, key));
        return value.toInteger();
    }

    std::optional<QString> text(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isString())
            return fail<QString>(QStringLiteral("%1 has no \"%2\" text").arg(m_where, key));
        return value.toString();
    }

    std::optional<bool> flag(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isBool())
            return fail<bool>(QStringLiteral("%1 has no \"%2\" flag").arg(m_where, key));
        return value.toBool();
    }

    template<typename Enum>
    std::optional<Enum> choice(const QString &key, std::optional<Enum> (*convert)(const QString &))
    {
        const auto value = text(key);
        if (!value)
            return std::nullopt;
        const auto parsed = convert(*value);
        if (!parsed)
            return fail<Enum>(QStringLiteral("%1 has an unknown %2 \"%3\"").arg(m_where, key, *value));
        return parsed;
    }

    template<typename T> std::optional<T> fail(const QString &reason)
    {
        if (m_error->isEmpty())
            *m_error = reason;
        return std::nullopt;
    }

    const QString &where() const { return m_where; }

private:
    const QJsonObject &m_object;
    QString m_where;
    QString *m_error;
};

} // namespace confab::records
