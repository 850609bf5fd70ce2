#include "store/JsonPullReader.h"

#include "catch.h"

#include <QBuffer>
#include <QJsonObject>

using namespace confab;

TEST_CASE("The pull reader walks nested JSON a member at a time and reads single values whole")
{
    QByteArray text =
        R"( {"format" : "x", "list": [ {"a": "br}ace\"d"}, 2, [3], true, null ], "n": -1.5e2 } )";
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    JsonPullReader reader(&buffer);
    REQUIRE(reader.enterObject());
    CHECK(reader.nextKey() == QStringLiteral("format"));
    CHECK(reader.readValue() == QJsonValue(QStringLiteral("x")));
    CHECK(reader.nextKey() == QStringLiteral("list"));
    REQUIRE(reader.enterArray());
    QList<QJsonValue> elements;
    while (reader.nextElement())
        elements << reader.readValue().value();
    REQUIRE_FALSE(reader.failed());
    REQUIRE(elements.size() == 5);
    CHECK(elements.at(0).toObject().value(QStringLiteral("a")).toString() == QStringLiteral("br}ace\"d"));
    CHECK(elements.at(1).toInt() == 2);
    CHECK(elements.at(4).isNull());
    CHECK(reader.nextKey() == QStringLiteral("n"));
    CHECK(reader.readValue()->toDouble() == -150.0);
    CHECK_FALSE(reader.nextKey().has_value());
    CHECK(reader.finish());
    CHECK(reader.position() == text.size());
}

TEST_CASE("The pull reader refuses missing commas, stray text and a document cut short")
{
    const QList<QByteArray> broken{R"({"a": 1 "b": 2})", R"({"a": [1 2]})",        R"({"a": 1} x)",
                                   R"({"a": [1, )",      R"({"a": "unterminated)", R"({"a": tru})"};
    for (QByteArray text : broken) {
        INFO(text.toStdString());
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        JsonPullReader reader(&buffer);
        REQUIRE(reader.enterObject());
        while (const auto key = reader.nextKey()) {
            if (*key == QStringLiteral("a") && text.contains('[')) {
                if (!reader.enterArray())
                    break;
                while (reader.nextElement()) {
                    if (!reader.readValue())
                        break;
                }
            } else if (!reader.readValue()) {
                break;
            }
        }
        CHECK((reader.failed() || !reader.finish()));
        CHECK_FALSE(reader.error().isEmpty());
    }
}
