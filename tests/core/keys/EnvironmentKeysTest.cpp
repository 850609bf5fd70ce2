#include "keys/EnvironmentKeys.h"

#include "catch.h"

using confab::keyFromEnvironment;
using confab::Provider;

TEST_CASE("OPENROUTER_API_KEY gives the OpenRouter key")
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OPENROUTER_API_KEY"), QStringLiteral("  sk-or-v1-abc123  "));
    CHECK(keyFromEnvironment(Provider::OpenRouter, environment) == QStringLiteral("sk-or-v1-abc123"));
    CHECK(keyFromEnvironment(Provider::Fal, environment).isEmpty());
}

TEST_CASE("FAL_KEY gives the fal key, and wins over an id and secret pair")
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("FAL_KEY"), QStringLiteral("id-1:secret-1"));
    environment.insert(QStringLiteral("FAL_KEY_ID"), QStringLiteral("id-2"));
    environment.insert(QStringLiteral("FAL_KEY_SECRET"), QStringLiteral("secret-2"));
    CHECK(keyFromEnvironment(Provider::Fal, environment) == QStringLiteral("id-1:secret-1"));
}

TEST_CASE("FAL_KEY_ID and FAL_KEY_SECRET together make the fal key")
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("FAL_KEY_ID"), QStringLiteral("key-id"));
    CHECK(keyFromEnvironment(Provider::Fal, environment).isEmpty());
    environment.insert(QStringLiteral("FAL_KEY_SECRET"), QStringLiteral("key-secret"));
    CHECK(keyFromEnvironment(Provider::Fal, environment) == QStringLiteral("key-id:key-secret"));
}

TEST_CASE("Empty environment variables give no key")
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OPENROUTER_API_KEY"), QString());
    environment.insert(QStringLiteral("FAL_KEY"), QStringLiteral("   "));
    CHECK(keyFromEnvironment(Provider::OpenRouter, environment).isEmpty());
    CHECK(keyFromEnvironment(Provider::Fal, environment).isEmpty());
}
