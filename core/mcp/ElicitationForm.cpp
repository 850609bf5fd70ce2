#include "mcp/ElicitationForm.h"

#include <QJsonArray>

#include <cmath>

namespace confab {

namespace {

constexpr qsizetype MaxTextChars = 500;
constexpr int MaxChoices = 200;

QString capped(const QString &text)
{
    return text.size() > MaxTextChars ? text.left(MaxTextChars) + QStringLiteral("…") : text;
}

bool defaultFits(ElicitationField::Type type, const QJsonValue &value)
{
    switch (type) {
    case ElicitationField::Type::Text:
    case ElicitationField::Type::Choice:
        return value.isString();
    case ElicitationField::Type::Number:
    case ElicitationField::Type::Integer:
        return value.isDouble();
    case ElicitationField::Type::Boolean:
        return value.isBool();
    }
    return false;
}

void readChoices(const QJsonObject &property, ElicitationField &field)
{
    const QJsonArray values = property.value(QLatin1String("enum")).toArray();
    const QJsonArray names = property.value(QLatin1String("enumNames")).toArray();
    for (qsizetype i = 0; i < values.size() && field.choices.size() < MaxChoices; ++i) {
        field.choices.append(values.at(i).toString());
        const QString name = names.at(i).toString();
        field.choiceTitles.append(capped(name.isEmpty() ? values.at(i).toString() : name));
    }
    for (const QJsonValue &option : property.value(QLatin1String("oneOf")).toArray()) {
        if (field.choices.size() >= MaxChoices)
            break;
        const QString value = option.toObject().value(QLatin1String("const")).toString();
        const QString title = option.toObject().value(QLatin1String("title")).toString();
        field.choices.append(value);
        field.choiceTitles.append(capped(title.isEmpty() ? value : title));
    }
}

} // namespace

QList<ElicitationField> elicitationFields(const QJsonObject &requestedSchema)
{
    const QJsonObject properties = requestedSchema.value(QLatin1String("properties")).toObject();
    const QJsonArray required = requestedSchema.value(QLatin1String("required")).toArray();
    QList<ElicitationField> fields;
    // QJsonObject sorts its keys; the form follows the server's order only as far as JSON keeps it.
    for (auto it = properties.begin(); it != properties.end() && fields.size() < MaxElicitationFields; ++it) {
        const QJsonObject property = it.value().toObject();
        const QString type = property.value(QLatin1String("type")).toString();
        ElicitationField field;
        field.key = it.key();
        field.title = capped(property.value(QLatin1String("title")).toString(it.key()));
        field.description = capped(property.value(QLatin1String("description")).toString());
        field.required = required.contains(it.key());
        if (type == QLatin1String("string")) {
            readChoices(property, field);
            field.type =
                field.choices.isEmpty() ? ElicitationField::Type::Text : ElicitationField::Type::Choice;
            field.minLength = property.value(QLatin1String("minLength")).toInt(0);
            field.maxLength = property.value(QLatin1String("maxLength")).toInt(-1);
        } else if (type == QLatin1String("number") || type == QLatin1String("integer")) {
            field.type = type == QLatin1String("number") ? ElicitationField::Type::Number
                                                         : ElicitationField::Type::Integer;
            field.minimum = property.value(QLatin1String("minimum")).toDouble(field.minimum);
            field.maximum = property.value(QLatin1String("maximum")).toDouble(field.maximum);
        } else if (type == QLatin1String("boolean")) {
            field.type = ElicitationField::Type::Boolean;
        } else {
            continue;
        }
        const QJsonValue fallback = property.value(QLatin1String("default"));
        if (defaultFits(field.type, fallback))
            field.defaultValue = fallback;
        else
            field.defaultValue = QJsonValue(QJsonValue::Undefined);
        fields.append(std::move(field));
    }
    return fields;
}

std::optional<QJsonValue> elicitationValue(const ElicitationField &field, const QString &text)
{
    // Nothing typed is nothing given, for a required field too: the form then names what is missing.
    const QString trimmed = field.type == ElicitationField::Type::Text ? text : text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    switch (field.type) {
    case ElicitationField::Type::Text:
        if (text.size() < field.minLength || (field.maxLength >= 0 && text.size() > field.maxLength))
            return std::nullopt;
        return QJsonValue(text);
    case ElicitationField::Type::Number:
    case ElicitationField::Type::Integer: {
        bool ok = false;
        const double number = trimmed.toDouble(&ok);
        if (!ok || !std::isfinite(number) || number < field.minimum || number > field.maximum)
            return std::nullopt;
        if (field.type == ElicitationField::Type::Integer && std::floor(number) != number)
            return std::nullopt;
        return QJsonValue(number);
    }
    case ElicitationField::Type::Boolean: {
        const QString word = trimmed.toLower();
        if (word == QLatin1String("true") || word == QLatin1String("yes") || word == QLatin1String("y"))
            return QJsonValue(true);
        if (word == QLatin1String("false") || word == QLatin1String("no") || word == QLatin1String("n"))
            return QJsonValue(false);
        return std::nullopt;
    }
    case ElicitationField::Type::Choice:
        for (qsizetype i = 0; i < field.choices.size(); ++i)
            if (field.choices.at(i) == trimmed ||
                field.choiceTitles.at(i).compare(trimmed, Qt::CaseInsensitive) == 0)
                return QJsonValue(field.choices.at(i));
        return std::nullopt;
    }
    return std::nullopt;
}

QString elicitationDefaultText(const ElicitationField &field)
{
    const QJsonValue value = field.defaultValue;
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    return {};
}

QJsonObject elicitationResult(ElicitationAction action, const QJsonObject &content)
{
    switch (action) {
    case ElicitationAction::Accept:
        return {{QStringLiteral("action"), QStringLiteral("accept")}, {QStringLiteral("content"), content}};
    case ElicitationAction::Decline:
        return {{QStringLiteral("action"), QStringLiteral("decline")}};
    case ElicitationAction::Cancel:
        break;
    }
    return {{QStringLiteral("action"), QStringLiteral("cancel")}};
}

QJsonObject applyElicitationDefaults(const QJsonObject &requestedSchema, QJsonObject content)
{
    for (const ElicitationField &field : elicitationFields(requestedSchema))
        if (!content.contains(field.key) && !field.defaultValue.isUndefined())
            content.insert(field.key, field.defaultValue);
    return content;
}

} // namespace confab
