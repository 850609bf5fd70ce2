#include "catch.h"
#include "mcp/auth/AuthDocuments.h"
#include "mcp/auth/DiscoveryUrls.h"
#include "mcp/auth/Pkce.h"
#include "mcp/auth/TokenRequest.h"

#include <QUrlQuery>

using namespace confab;

TEST_CASE("Protected resource metadata is looked for at the endpoint's path first, then at the root")
{
    CHECK(protectedResourceMetadataUrls(QUrl(QStringLiteral("https://example.com/public/mcp"))) ==
          QList<QUrl>{
              QUrl(QStringLiteral("https://example.com/.well-known/oauth-protected-resource/public/mcp")),
              QUrl(QStringLiteral("https://example.com/.well-known/oauth-protected-resource"))});
    CHECK(protectedResourceMetadataUrls(QUrl(QStringLiteral("https://example.com/"))) ==
          QList<QUrl>{QUrl(QStringLiteral("https://example.com/.well-known/oauth-protected-resource"))});
}

TEST_CASE(
    "Authorization server metadata is tried in the 2025-11-25 order, never at the root for a path issuer")
{
    CHECK(authorizationServerMetadataUrls(QUrl(QStringLiteral("https://auth.example.com/tenant1"))) ==
          QList<QUrl>{
              QUrl(QStringLiteral("https://auth.example.com/.well-known/oauth-authorization-server/tenant1")),
              QUrl(QStringLiteral("https://auth.example.com/.well-known/openid-configuration/tenant1")),
              QUrl(QStringLiteral("https://auth.example.com/tenant1/.well-known/openid-configuration"))});
    CHECK(authorizationServerMetadataUrls(QUrl(QStringLiteral("https://auth.example.com"))) ==
          QList<QUrl>{QUrl(QStringLiteral("https://auth.example.com/.well-known/oauth-authorization-server")),
                      QUrl(QStringLiteral("https://auth.example.com/.well-known/openid-configuration"))});
}

TEST_CASE("PKCE: the S256 challenge of RFC 7636 Appendix B, and fresh 43-character verifiers")
{
    CHECK(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") ==
          QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const Pkce first = Pkce::generate();
    const Pkce second = Pkce::generate();
    CHECK(first.verifier.size() == 43);
    CHECK(first.verifier != second.verifier);
    CHECK(first.challenge == Pkce::challengeFor(first.verifier));
    for (char c : first.verifier)
        CHECK((std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'));
}

TEST_CASE("The Bearer challenge is found among several, with quoted and escaped values")
{
    const BearerChallenge challenge = parseBearerChallenge(
        R"(Basic realm="x", Bearer error="insufficient_scope", scope="mcp:basic  mcp:write", )"
        R"(resource_metadata="https://example.com/.well-known/oauth-protected-resource/mcp", )"
        R"(error_description="needs \"write\"")");
    CHECK(challenge.present);
    CHECK(challenge.error == QStringLiteral("insufficient_scope"));
    CHECK(challenge.scope == QStringLiteral("mcp:basic mcp:write"));
    CHECK(challenge.errorDescription == QStringLiteral("needs \"write\""));
    CHECK(challenge.resourceMetadata ==
          QUrl(QStringLiteral("https://example.com/.well-known/oauth-protected-resource/mcp")));

    CHECK_FALSE(parseBearerChallenge("Basic realm=\"x\"").present);
    // A metadata URL over plain http to another machine is not followed.
    CHECK_FALSE(parseBearerChallenge("Bearer resource_metadata=\"http://evil.example/prm\"")
                    .resourceMetadata.isValid());
}

TEST_CASE("Authorization server metadata without endpoints or with insecure ones is refused")
{
    QString error;
    CHECK_FALSE(parseAuthorizationServerMetadata(R"({"issuer":"https://a.example"})", &error));
    CHECK(error == QStringLiteral("no authorization_endpoint"));
    CHECK_FALSE(parseAuthorizationServerMetadata(
        R"({"issuer":"https://a.example","authorization_endpoint":"http://a.example/authorize",)"
        R"("token_endpoint":"https://a.example/token"})",
        &error));
    const auto metadata = parseAuthorizationServerMetadata(
        R"({"issuer":"https://a.example","authorization_endpoint":"https://a.example/authorize",)"
        R"("token_endpoint":"https://a.example/token","code_challenge_methods_supported":["S256"],)"
        R"("client_id_metadata_document_supported":true})",
        &error);
    REQUIRE(metadata);
    CHECK(metadata->codeChallengeMethodsSupported == QStringList{QStringLiteral("S256")});
    CHECK(metadata->clientIdMetadataDocumentSupported);
    CHECK_FALSE(parseTokenResponse(R"({"access_token":"a","token_type":"mac"})", &error));
    CHECK_FALSE(parseTokenResponse(QByteArray(maxAuthDocumentBytes + 1, ' '), &error));
}

TEST_CASE("The token request proves the client the way it registered, with the resource")
{
    const QUrl resource(QStringLiteral("https://example.com/mcp"));
    const OAuthClient basic{QStringLiteral("id:1"), QStringLiteral("s&2"), QString()};
    const TokenRequest viaBasic =
        authorizationCodeRequest(basic, {QStringLiteral("client_secret_basic")}, QStringLiteral("c"),
                                 QUrl(QStringLiteral("http://127.0.0.1:1/callback")), "v", resource);
    CHECK(viaBasic.authorization == "Basic " + QByteArray("id%3A1:s%262").toBase64());
    const QUrlQuery form(QString::fromLatin1(viaBasic.form));
    CHECK_FALSE(form.hasQueryItem(QStringLiteral("client_secret")));
    CHECK(form.queryItemValue(QStringLiteral("resource"), QUrl::FullyDecoded) == resource.toString());
    CHECK(form.queryItemValue(QStringLiteral("code_verifier")) == QStringLiteral("v"));

    const OAuthClient post{QStringLiteral("id"), QStringLiteral("secret"),
                           QStringLiteral("client_secret_post")};
    const TokenRequest viaPost = refreshTokenRequest(post, {}, QStringLiteral("r"), resource);
    CHECK(viaPost.authorization.isEmpty());
    CHECK(QUrlQuery(QString::fromLatin1(viaPost.form)).queryItemValue(QStringLiteral("client_secret")) ==
          QStringLiteral("secret"));
    CHECK(tokenEndpointAuthMethod({QStringLiteral("public"), {}, {}},
                                  {QStringLiteral("client_secret_basic")}) == QStringLiteral("none"));
}
