#include "CliHarness.h"
#include "catch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace confab;
using confab::test::CliHarness;
using confab::test::CliRun;

namespace {

QJsonObject lastBody(CliHarness &h)
{
    return QJsonDocument::fromJson(h.openRouter.chatRequests().last().body).object();
}

QString systemPrompt(const QJsonObject &body)
{
    const QJsonObject first = body.value(QStringLiteral("messages")).toArray().first().toObject();
    return first.value(QStringLiteral("role")).toString() == QLatin1String("system")
               ? first.value(QStringLiteral("content")).toString()
               : QString();
}

} // namespace

TEST_CASE("confab chat sends the system prompt and parameters given, and a continued chat keeps them")
{
    CliHarness h;
    const CliRun first =
        h.run({QStringLiteral("chat"), QStringLiteral("--system"), QStringLiteral("Be terse."),
               QStringLiteral("--temperature"), QStringLiteral("0.2"), QStringLiteral("--max-tokens"),
               QStringLiteral("300"), QStringLiteral("Define entropy")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    QJsonObject body = lastBody(h);
    CHECK(systemPrompt(body) == QStringLiteral("Be terse."));
    CHECK(body.value(QStringLiteral("temperature")).toDouble() == Approx(0.2));
    CHECK(body.value(QStringLiteral("max_completion_tokens")).toInt() == 300);
    CHECK_FALSE(body.contains(QStringLiteral("top_p")));

    const CliRun more = h.run({QStringLiteral("chat"), QStringLiteral("--session"), QStringLiteral("1"),
                               QStringLiteral("And enthalpy?")});
    REQUIRE(more.exitCode == 0);
    body = lastBody(h);
    CHECK(systemPrompt(body) == QStringLiteral("Be terse."));
    CHECK(body.value(QStringLiteral("temperature")).toDouble() == Approx(0.2));
    CHECK(body.value(QStringLiteral("max_completion_tokens")).toInt() == 300);

    // Options given with --session change that chat's settings from then on.
    const CliRun changed =
        h.run({QStringLiteral("chat"), QStringLiteral("--session"), QStringLiteral("1"),
               QStringLiteral("--top-p"), QStringLiteral("0.8"), QStringLiteral("Summarize")});
    REQUIRE(changed.exitCode == 0);
    body = lastBody(h);
    CHECK(body.value(QStringLiteral("top_p")).toDouble() == Approx(0.8));
    CHECK(body.value(QStringLiteral("temperature")).toDouble() == Approx(0.2));
}

TEST_CASE(
    "confab chat --preset starts from a preset, and a new chat without options sends no sampling values")
{
    CliHarness h;
    const CliRun plain = h.run({QStringLiteral("chat"), QStringLiteral("Hello")});
    REQUIRE(plain.exitCode == 0);
    CHECK(systemPrompt(lastBody(h)).isEmpty());
    CHECK_FALSE(lastBody(h).contains(QStringLiteral("temperature")));

    const CliRun preset = h.run({QStringLiteral("chat"), QStringLiteral("--preset"),
                                 QStringLiteral("code reviewer"), QStringLiteral("--temperature"),
                                 QStringLiteral("0.5"), QStringLiteral("int main() { return 0 }")});
    INFO(preset.err.toStdString());
    REQUIRE(preset.exitCode == 0);
    CHECK(systemPrompt(lastBody(h)).contains(QStringLiteral("code reviewer")));
    CHECK(lastBody(h).value(QStringLiteral("temperature")).toDouble() == Approx(0.5));
}

TEST_CASE("confab chat refuses a bad parameter or an unknown preset before sending anything")
{
    CliHarness h;
    const CliRun hot = h.run(
        {QStringLiteral("chat"), QStringLiteral("--temperature"), QStringLiteral("3"), QStringLiteral("Hi")});
    CHECK(hot.exitCode == 2);
    CHECK(hot.err.contains(QStringLiteral("--temperature takes a number from 0 to 2")));
    const CliRun unknown = h.run(
        {QStringLiteral("chat"), QStringLiteral("--preset"), QStringLiteral("Pirate"), QStringLiteral("Hi")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("There is no preset \"Pirate\"")));
    CHECK(unknown.err.contains(QStringLiteral("Translator")));
    CHECK(h.openRouter.chatRequests().isEmpty());
}

TEST_CASE("confab chat asks for the model's own answer length and says when an answer was cut off")
{
    CliHarness h;
    // No --max-tokens and a fresh store: the limit comes from the catalogue
    // (top_provider.max_completion_tokens), not a fixed 4096 that a reasoning model's thinking would eat.
    const CliRun plain = h.run({QStringLiteral("chat"), QStringLiteral("Define entropy")});
    INFO(plain.err.toStdString());
    REQUIRE(plain.exitCode == 0);
    CHECK(lastBody(h).value(QStringLiteral("max_completion_tokens")).toInt() == 8192);
    CHECK_FALSE(lastBody(h).contains(QStringLiteral("max_tokens")));
    CHECK_FALSE(plain.err.contains(QStringLiteral("cut off")));

    const CliRun cut = h.run({QStringLiteral("chat"), QStringLiteral("--max-tokens"), QStringLiteral("20"),
                              QStringLiteral("[scenario:long] Tell me everything")});
    INFO(cut.err.toStdString());
    REQUIRE(cut.exitCode == 0);
    CHECK(cut.err.contains(QStringLiteral(
        "The answer was cut off at its length limit (20 tokens); allow more with --max-tokens.")));
}
