// The form a server asks for, as the dialog and the terminal read it (core/mcp/ElicitationForm).
#include "mcp/ElicitationForm.h"

#include <QJsonArray>

#include <catch.h>

using namespace confab;

TEST_CASE("An elicitation schema becomes typed fields, and typed answers are checked against them", "[mcp]")
{
    // The shapes of schema/2026-07-28/examples/StringSchema, NumberSchema, BooleanSchema and
    // TitledSingleSelectEnumSchema.
    const QJsonObject schema{
        {"type", "object"},
        {"properties",
         QJsonObject{
             {"email", QJsonObject{{"type", "string"}, {"title", "Email"}, {"maxLength", 12}}},
             {"age", QJsonObject{{"type", "integer"}, {"minimum", 0}, {"maximum", 150}, {"default", 30}}},
             {"ok", QJsonObject{{"type", "boolean"}, {"default", true}}},
             {"color",
              QJsonObject{{"type", "string"},
                          {"oneOf", QJsonArray{QJsonObject{{"const", "#FF0000"}, {"title", "Red"}},
                                               QJsonObject{{"const", "#00FF00"}, {"title", "Green"}}}}}},
             {"tags", QJsonObject{{"type", "array"}}}}},
        {"required", QJsonArray{"email"}}};
    const QList<ElicitationField> fields = elicitationFields(schema);
    REQUIRE(fields.size() == 4); // the array is left out
    const auto field = [&](const QString &key) {
        for (const ElicitationField &f : fields)
            if (f.key == key)
                return f;
        FAIL("no field " << key.toStdString());
        return ElicitationField();
    };
    CHECK(field("email").required);
    CHECK(field("email").title == "Email");
    CHECK(elicitationValue(field("email"), "a@b.c") == QJsonValue("a@b.c"));
    CHECK_FALSE(elicitationValue(field("email"), "far-too-long@example.org"));
    CHECK_FALSE(elicitationValue(field("email"), ""));
    // A default is offered as the user would type it, and reads back as the same value.
    CHECK(elicitationDefaultText(field("email")).isEmpty());
    CHECK(elicitationDefaultText(field("age")) == "30");
    CHECK(elicitationValue(field("age"), elicitationDefaultText(field("age"))) == QJsonValue(30));
    CHECK(elicitationDefaultText(field("ok")) == "yes");
    CHECK(elicitationValue(field("ok"), elicitationDefaultText(field("ok"))) == QJsonValue(true));
    CHECK(elicitationValue(field("age"), "42") == QJsonValue(42));
    CHECK_FALSE(elicitationValue(field("age"), "4.5"));
    CHECK_FALSE(elicitationValue(field("age"), "200"));
    CHECK(elicitationValue(field("ok"), "no") == QJsonValue(false));
    CHECK(field("color").type == ElicitationField::Type::Choice);
    CHECK(elicitationValue(field("color"), "green") == QJsonValue("#00FF00"));
    CHECK_FALSE(elicitationValue(field("color"), "blue"));
    CHECK(applyElicitationDefaults(schema, {}) == QJsonObject{{"age", 30}, {"ok", true}});
}

TEST_CASE("ElicitResult carries content only when the user accepted", "[mcp]")
{
    CHECK(elicitationResult(ElicitationAction::Accept, {{"name", "Ada"}}) ==
          QJsonObject{{"action", "accept"}, {"content", QJsonObject{{"name", "Ada"}}}});
    CHECK(elicitationResult(ElicitationAction::Decline, {{"name", "Ada"}}) ==
          QJsonObject{{"action", "decline"}});
    CHECK(elicitationResult(ElicitationAction::Cancel) == QJsonObject{{"action", "cancel"}});
}
