#include "limits/PromptValidator.h"

#include "catch.h"

using confab::PromptLimits;
using confab::PromptValidator;

TEST_CASE("An empty or blank prompt is refused")
{
    const PromptValidator validator;
    for (const QString &prompt : {QString(), QStringLiteral("   "), QStringLiteral("\n\t \u00a0\n")}) {
        const auto result = validator.checkPrompt(prompt);
        CHECK_FALSE(result);
        CHECK(result.message == QStringLiteral("Type a message first."));
    }
}

TEST_CASE("A prompt over the length limit is refused with its length")
{
    const PromptValidator validator;
    const auto result = validator.checkPrompt(QString(40123, QLatin1Char('a')));
    CHECK_FALSE(result);
    CHECK(result.message == QStringLiteral("This prompt is 40,123 characters; the limit is 32,000."));
}

TEST_CASE("A prompt exactly at the length limit is accepted")
{
    const PromptValidator validator;
    const auto result = validator.checkPrompt(QString(32000, QLatin1Char('a')));
    CHECK(result);
    CHECK(result.message.isEmpty());
}

TEST_CASE("An emoji counts as one character toward the length limit")
{
    const PromptValidator validator(PromptLimits{10, 4, 1024});
    const QString tenEmoji = QString(QStringLiteral("😀")).repeated(10);
    CHECK(tenEmoji.size() == 20);
    CHECK(validator.checkPrompt(tenEmoji));
    const auto result = validator.checkPrompt(tenEmoji + QStringLiteral("😀"));
    CHECK(result.message == QStringLiteral("This prompt is 11 characters; the limit is 10."));
}

TEST_CASE("The configured length limit is the one applied")
{
    const PromptValidator validator(PromptLimits{100, 4, 1024});
    CHECK(validator.checkPrompt(QString(101, QLatin1Char('x'))).message ==
          QStringLiteral("This prompt is 101 characters; the limit is 100."));
}

TEST_CASE("More images than allowed are refused with the limit")
{
    const PromptValidator validator;
    CHECK(validator.checkImageCount(0));
    CHECK(validator.checkImageCount(4));
    const auto result = validator.checkImageCount(5);
    CHECK_FALSE(result);
    CHECK(result.message ==
          QStringLiteral("This message has 5 images; the limit is 4. Remove some and send again."));
}
