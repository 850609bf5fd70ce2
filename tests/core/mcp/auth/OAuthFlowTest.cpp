#include "LocalAuthorizationServer.h"
#include "Wait.h"
#include "catch.h"
#include "mcp/auth/OAuthAuthorization.h"
#include "mcp/auth/PageOpeners.h"
#include "mcp/auth/Pkce.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <memory>

using namespace confab;
using confab::test::LocalAuthorizationServer;
using confab::test::waitUntil;

namespace {

// A request to the MCP endpoint the way the Streamable HTTP transport sends it: with the provider's header,
// and on a 401/403 once more after the provider's verdict.
struct AuthOutcome
{
    int firstStatus = 0;
    bool answered = false;
    bool retry = false;
    QString message;
    int finalStatus = 0;
};

class Harness
{
public:
    explicit Harness(OAuthAuthorization::Mode mode = OAuthAuthorization::Mode::Automatic,
                     OAuthClientSettings settings = {})
        : auth(&network, server.mcpUrl(), settings, nullptr, mode)
    {
        auth.setPageOpener([this](const QUrl &page) {
            openedPages << page;
            httpPageOpener (&network)(page);
        });
    }

    int send()
    {
        QNetworkRequest request(server.mcpUrl());
        const QByteArray header = auth.authorizationHeader();
        if (!header.isEmpty())
            request.setRawHeader("Authorization", header);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        m_reply.reset(network.post(request, QByteArrayLiteral("{}")));
        REQUIRE(waitUntil([this] { return m_reply->isFinished(); }, 10000));
        return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    AuthOutcome request()
    {
        AuthOutcome outcome;
        outcome.firstStatus = send();
        outcome.finalStatus = outcome.firstStatus;
        if (outcome.firstStatus != 401 && outcome.firstStatus != 403)
            return outcome;
        auto result = std::make_shared<AuthOutcome>();
        auth.handleUnauthorized(*m_reply, server.mcpUrl(), [result](bool retry, const QString &message) {
            result->answered = true;
            result->retry = retry;
            result->message = message;
        });
        REQUIRE(waitUntil([result] { return result->answered; }, 15000));
        outcome.answered = true;
        outcome.retry = result->retry;
        outcome.message = result->message;
        if (outcome.retry)
            outcome.finalStatus = send();
        return outcome;
    }

    LocalAuthorizationServer server;
    QNetworkAccessManager network;
    OAuthAuthorization auth;
    QList<QUrl> openedPages;

private:
    std::unique_ptr<QNetworkReply> m_reply;
};

QStringList lines(const QStringList &log, const QString &prefix)
{
    QStringList matching;
    for (const QString &line : log)
        if (line.startsWith(prefix))
            matching << line;
    return matching;
}

} // namespace

TEST_CASE("A 401 leads through discovery, registration and a PKCE login to a retried request")
{
    Harness harness;
    harness.server.prmInChallenge = false;
    harness.server.prmPath = QStringLiteral("/.well-known/oauth-protected-resource");
    harness.server.issuerPath = QStringLiteral("/tenant1");
    harness.server.metadataPath = QStringLiteral("/tenant1/.well-known/openid-configuration");

    const AuthOutcome outcome = harness.request();
    CHECK(outcome.firstStatus == 401);
    CHECK(outcome.retry);
    CHECK(outcome.finalStatus == 200);
    CHECK(harness.auth.state() == OAuthAuthorization::State::SignedIn);

    // Without a URL in the challenge: the path-based resource metadata first, then the root; the path
    // issuer's three metadata locations in order, never the root's.
    CHECK(lines(harness.server.log(), QStringLiteral("rs GET")) ==
          QStringList{QStringLiteral("rs GET /.well-known/oauth-protected-resource/mcp"),
                      QStringLiteral("rs GET /.well-known/oauth-protected-resource")});
    CHECK(lines(harness.server.log(), QStringLiteral("as GET /.well-known")) ==
          QStringList{QStringLiteral("as GET /.well-known/oauth-authorization-server/tenant1"),
                      QStringLiteral("as GET /.well-known/openid-configuration/tenant1")});
    CHECK(harness.server.log().contains(QStringLiteral("as GET /tenant1/.well-known/openid-configuration")));
    CHECK(harness.server.log().contains(QStringLiteral("as POST /tenant1/register")));

    const auto authorize = harness.server.lastAuthRequest(QStringLiteral("/tenant1/authorize"));
    CHECK(authorize.query(QStringLiteral("code_challenge_method")) == QStringLiteral("S256"));
    CHECK(authorize.query(QStringLiteral("resource")) == harness.server.mcpUrl().toString());
    CHECK(QUrl(authorize.query(QStringLiteral("redirect_uri"))).host() == QStringLiteral("127.0.0.1"));
    const QUrlQuery tokenForm(
        QString::fromLatin1(harness.server.lastAuthRequest(QStringLiteral("/tenant1/token")).body));
    CHECK(Pkce::challengeFor(tokenForm.queryItemValue(QStringLiteral("code_verifier")).toLatin1()) ==
          authorize.query(QStringLiteral("code_challenge")).toLatin1());
    CHECK(tokenForm.queryItemValue(QStringLiteral("resource"), QUrl::FullyDecoded) ==
          harness.server.mcpUrl().toString());
}

TEST_CASE("The scope comes from the challenge, else from the resource's scopes_supported, else is left out")
{
    Harness fromChallenge;
    fromChallenge.server.challengeScope = QStringLiteral("mcp:basic");
    fromChallenge.server.scopesSupported = {QStringLiteral("mcp:basic"), QStringLiteral("mcp:admin")};
    CHECK(fromChallenge.request().finalStatus == 200);
    CHECK(fromChallenge.server.lastAuthRequest(QStringLiteral("/authorize")).query(QStringLiteral("scope")) ==
          QStringLiteral("mcp:basic"));

    Harness fromMetadata;
    fromMetadata.server.scopesSupported = {QStringLiteral("mcp:read"), QStringLiteral("mcp:write")};
    CHECK(fromMetadata.request().finalStatus == 200);
    CHECK(fromMetadata.server.lastAuthRequest(QStringLiteral("/authorize")).query(QStringLiteral("scope")) ==
          QStringLiteral("mcp:read mcp:write"));

    Harness none;
    CHECK(none.request().finalStatus == 200);
    CHECK_FALSE(none.server.lastAuthRequest(QStringLiteral("/authorize")).target.contains("scope="));
}

TEST_CASE("A 403 insufficient_scope steps up to the wider scope, and gives up when more cannot help")
{
    Harness harness;
    harness.server.challengeScope = QStringLiteral("mcp:basic");
    REQUIRE(harness.request().finalStatus == 200);
    harness.server.requiredScope = QStringLiteral("mcp:write");
    const AuthOutcome stepUp = harness.request();
    CHECK(stepUp.firstStatus == 403);
    CHECK(stepUp.finalStatus == 200);
    CHECK(harness.server.lastAuthRequest(QStringLiteral("/authorize")).query(QStringLiteral("scope")) ==
          QStringLiteral("mcp:basic mcp:write"));

    // The server wants a scope it will not grant: one login asks for it; when the server still refuses, no
    // further login is started, since it would ask for nothing new.
    harness.server.requiredScope = QStringLiteral("mcp:admin");
    harness.server.scopeCeiling = {QStringLiteral("mcp:basic"), QStringLiteral("mcp:write")};
    const int loginsBefore = harness.openedPages.size();
    const AuthOutcome first = harness.request();
    CHECK(first.finalStatus == 403); // a login for mcp:admin is made and the server still refuses
    const AuthOutcome second = harness.request();
    CHECK_FALSE(second.retry);
    CHECK(second.message.contains(QStringLiteral("mcp:admin")));
    CHECK(harness.openedPages.size() == loginsBefore + 1);
}

TEST_CASE("An expired token is refreshed without a new login")
{
    Harness harness;
    REQUIRE(harness.request().finalStatus == 200);
    const int logins = harness.openedPages.size();
    const QByteArray oldHeader = harness.auth.authorizationHeader();
    harness.server.expireToken();

    const AuthOutcome outcome = harness.request();
    CHECK(outcome.firstStatus == 401);
    CHECK(outcome.finalStatus == 200);
    CHECK(harness.openedPages.size() == logins);
    CHECK(harness.auth.authorizationHeader() != oldHeader);
    const QUrlQuery form(QString::fromLatin1(harness.server.lastAuthRequest(QStringLiteral("/token")).body));
    CHECK(form.queryItemValue(QStringLiteral("grant_type")) == QStringLiteral("refresh_token"));
    CHECK(form.queryItemValue(QStringLiteral("resource"), QUrl::FullyDecoded) ==
          harness.server.mcpUrl().toString());
}

TEST_CASE("An answer naming another issuer is refused (RFC 9207) and no code is exchanged")
{
    Harness mismatch;
    mismatch.server.issInRedirect = QStringLiteral("https://attacker.example");
    const AuthOutcome outcome = mismatch.request();
    CHECK_FALSE(outcome.retry);
    CHECK(mismatch.auth.state() == OAuthAuthorization::State::Failed);
    CHECK(outcome.message.contains(QStringLiteral("another server")));
    CHECK_FALSE(mismatch.server.log().contains(QStringLiteral("as POST /token")));

    Harness missing;
    missing.server.advertiseIss = true;
    CHECK_FALSE(missing.request().retry);
    CHECK_FALSE(missing.server.log().contains(QStringLiteral("as POST /token")));

    Harness matching;
    matching.server.advertiseIss = true;
    matching.server.issInRedirect = matching.server.issuer().toString();
    CHECK(matching.request().finalStatus == 200);
}

TEST_CASE("A server without PKCE is not signed in to")
{
    Harness harness;
    harness.server.advertisePkce = false;
    const AuthOutcome outcome = harness.request();
    CHECK_FALSE(outcome.retry);
    CHECK(outcome.message.contains(QStringLiteral("PKCE")));
    CHECK(harness.openedPages.isEmpty());
}

TEST_CASE("A failed login tells the user what went wrong, not a bare 401")
{
    Harness harness;
    harness.server.tokenStatus = 400;
    harness.server.tokenErrorBody = R"({"error":"invalid_grant","error_description":"The code has expired"})";
    const AuthOutcome outcome = harness.request();
    CHECK_FALSE(outcome.retry);
    CHECK(harness.auth.state() == OAuthAuthorization::State::Failed);
    CHECK(outcome.message == harness.auth.statusText());
    CHECK(outcome.message.contains(QStringLiteral("The code has expired")));
    CHECK(outcome.message.contains(harness.server.mcpUrl().host()));
    CHECK_FALSE(outcome.message.contains(QStringLiteral("401")));
}

TEST_CASE("In the app a 401 offers a login, which runs when the user asks for it")
{
    Harness harness(OAuthAuthorization::Mode::Interactive);
    const AuthOutcome offered = harness.request();
    CHECK_FALSE(offered.retry);
    CHECK(harness.auth.state() == OAuthAuthorization::State::LoginRequired);
    CHECK(offered.message.contains(QStringLiteral("sign in")));
    CHECK(harness.openedPages.isEmpty());

    harness.auth.login();
    REQUIRE(waitUntil([&] { return harness.auth.state() == OAuthAuthorization::State::SignedIn; }, 10000));
    CHECK(harness.openedPages.size() == 1);
    CHECK(harness.request().firstStatus == 200);
}

TEST_CASE("Tokens, secrets and the verifier never reach the log or the status text")
{
    static QStringList messages;
    messages.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("confab.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &message) { messages << message; });
    {
        Harness harness;
        REQUIRE(harness.request().finalStatus == 200);
        harness.server.expireToken();
        REQUIRE(harness.request().finalStatus == 200);
        harness.server.tokenStatus = 400;
        harness.server.tokenErrorBody = R"({"error":"invalid_grant"})";
        harness.server.expireToken();
        harness.request();
        messages << harness.auth.statusText();
        const QString verifier =
            QUrlQuery(QString::fromLatin1(harness.server.lastAuthRequest(QStringLiteral("/token")).body))
                .queryItemValue(QStringLiteral("code_verifier"));
        const QString all = messages.join(u'\n');
        CHECK_FALSE(messages.isEmpty());
        CHECK_FALSE(all.contains(QStringLiteral("access-secret")));
        CHECK_FALSE(all.contains(harness.server.refreshToken));
        CHECK_FALSE(all.contains(harness.server.clientSecret));
        if (!verifier.isEmpty())
            CHECK_FALSE(all.contains(verifier));
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
}
