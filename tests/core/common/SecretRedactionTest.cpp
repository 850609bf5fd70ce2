#include "log/SecretRedaction.h"

#include "catch.h"

using confab::maskKey;
using confab::redactSecrets;

TEST_CASE("A masked OpenRouter key shows its prefix and last four characters")
{
    CHECK(maskKey(QStringLiteral("sk-or-v1-0123456789abcdef0123456789abcdef1234")) ==
          QStringLiteral("sk-or-…1234"));
}

TEST_CASE("A masked fal key shows only its last four characters")
{
    CHECK(maskKey(QStringLiteral("5d1e8c2a-4b7f-4e3a-9c6d-1f2e3a4b5c6d:0a9b8c7d6e5f9876")) ==
          QStringLiteral("…9876"));
}

TEST_CASE("A short key is masked almost entirely and an empty one shows nothing")
{
    CHECK(maskKey(QStringLiteral("abcdefgh")) == QStringLiteral("…gh"));
    CHECK(maskKey(QStringLiteral("abc")) == QStringLiteral("…"));
    CHECK(maskKey(QString()).isEmpty());
}

TEST_CASE("Keys are redacted wherever they appear in a text")
{
    const QString key = QStringLiteral("sk-or-v1-0123456789abcdef");
    const QString text =
        QStringLiteral("GET /x?key=") + key + QStringLiteral(" Authorization: Bearer ") + key;
    CHECK(redactSecrets(text, {key}) ==
          QStringLiteral("GET /x?key=[redacted] Authorization: Bearer [redacted]"));
}

TEST_CASE("A key that contains another one is redacted whole")
{
    const QString id = QStringLiteral("key-id-123456");
    const QString whole = id + QStringLiteral(":secret-abcdef");
    CHECK(redactSecrets(QStringLiteral("Key ") + whole, {id, whole}) == QStringLiteral("Key [redacted]"));
}

TEST_CASE("Empty and very short secrets leave ordinary text alone")
{
    const QString text = QStringLiteral("an ordinary error message");
    CHECK(redactSecrets(text, {QString(), QStringLiteral("a"), QStringLiteral("  ")}) == text);
}

TEST_CASE("Credential-shaped text is redacted even when the key is not a known one")
{
    using confab::redactCredentials;
    CHECK(redactCredentials(QStringLiteral("Authorization: Bearer sk-or-v1-abcdef0123456789")) ==
          QStringLiteral("Authorization: Bearer [redacted]"));
    CHECK(redactCredentials(QStringLiteral("header Key 5d1e8c2a:0a9b8c7d6e5f sent")) ==
          QStringLiteral("header Key [redacted] sent"));
    CHECK(redactCredentials(QStringLiteral("pasted sk-proj-AbCdEf0123456789xyz here")) ==
          QStringLiteral("pasted [redacted] here"));
    CHECK(redactCredentials(QStringLiteral("The key to success is patience")) ==
          QStringLiteral("The key to success is patience"));
}
