#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace confab {

// The form a server asks the user to fill in (elicitation/create, form mode): the fields its requestedSchema
// describes, read once so the window's dialog and the terminal's prompt show and check the same thing. The
// schema is the server's input like any other: field counts and texts are capped, unknown shapes skipped.
struct ElicitationField
{
    enum class Type
    {
        Text,
        Number,
        Integer,
        Boolean,
        Choice, // one of `choices` (enum, or oneOf with const and title)
    };

    QString key;
    QString title; // the title, else the key
    QString description;
    Type type = Type::Text;
    bool required = false;
    QStringList choices;      // the values sent
    QStringList choiceTitles; // what the user reads, one per choice
    QJsonValue defaultValue;  // of the field's own type, or undefined
    double minimum = -1e300;
    double maximum = 1e300;
    int minLength = 0;
    int maxLength = -1; // -1: no limit
};

// What the user answered, as ElicitResult's action.
enum class ElicitationAction
{
    Accept,
    Decline,
    Cancel,
};

// The fields of a requestedSchema, in the order the server listed them (at most MaxElicitationFields; array
// fields, which a one-line form cannot take, are left out).
inline constexpr int MaxElicitationFields = 32;
QList<ElicitationField> elicitationFields(const QJsonObject &requestedSchema);

// The value the user's text stands for, typed as the field says; nothing when it does not fit (not a number,
// outside its range or length, not one of the choices: a choice is given by its value or its title). Empty
// text gives nothing too: an optional field is then left out, a required one is missing.
std::optional<QJsonValue> elicitationValue(const ElicitationField &field, const QString &text);

// A field's default as the user would type it (yes or no for a yes-or-no field); empty when it has none.
QString elicitationDefaultText(const ElicitationField &field);

// ElicitResult: {"action": "accept", "content": {...}} or {"action": "decline"|"cancel"}.
QJsonObject elicitationResult(ElicitationAction action, const QJsonObject &content = {});

// Fills in what the user left out of an elicitation form with the defaults the server's requestedSchema gives
// (SEP-1034): a field with a "default" that the content lacks gets it, typed as the schema says. Fields the
// user filled stay as they are.
QJsonObject applyElicitationDefaults(const QJsonObject &requestedSchema, QJsonObject content);

} // namespace confab
