#include "../../keys/KeychainTestSupport.h"
#include "LocalAuthorizationServer.h"
#include "Wait.h"
#include "catch.h"
#include "mcp/auth/OAuthAuthorization.h"
#include "mcp/auth/PageOpeners.h"
#include "mcp/auth/TokenVault.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

using namespace confab;
using confab::test::LocalAuthorizationServer;
using confab::test::waitUntil;

namespace {

// One POST to the MCP endpoint with the provider's header; on a 401 the provider is asked and the request is
// sent once more when it says so. Returns the last status.
int requestThrough(QNetworkAccessManager &network, OAuthAuthorization &auth, const QUrl &url)
{
    auto send = [&] {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!auth.authorizationHeader().isEmpty())
            request.setRawHeader("Authorization", auth.authorizationHeader());
        std::unique_ptr<QNetworkReply> reply(network.post(request, QByteArrayLiteral("{}")));
        REQUIRE(waitUntil([&] { return reply->isFinished(); }, 10000));
        return reply;
    };
    std::unique_ptr<QNetworkReply> reply = send();
    int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 401)
        return status;
    auto verdict = std::make_shared<std::optional<bool>>();
    auth.handleUnauthorized(*reply, url, [verdict](bool retry, const QString &) { *verdict = retry; });
    REQUIRE(waitUntil([&] { return verdict->has_value(); }, 15000));
    if (!**verdict)
        return status;
    return send()->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

TEST_CASE("A login is kept in the keychain: the next start signs in without the browser, logout forgets it")
{
    REQUIRE(confab::test::hasSessionBus());
    const QString service = confab::test::uniqueKeychainService();
    LocalAuthorizationServer server;
    QNetworkAccessManager network;
    int pagesOpened = 0;
    auto opener = [&](const QUrl &page) {
        ++pagesOpened;
        httpPageOpener (&network)(page);
    };
    {
        TokenVault vault(service);
        OAuthAuthorization first(&network, server.mcpUrl(), {}, &vault, OAuthAuthorization::Mode::Automatic);
        first.setPageOpener(opener);
        first.restore();
        REQUIRE(requestThrough(network, first, server.mcpUrl()) == 200);
        CHECK(pagesOpened == 1);
        // Jobs run in order: once a later read is answered, the write of the login is done.
        auto done = std::make_shared<bool>(false);
        vault.read(QStringLiteral("none"), [done](auto) { *done = true; });
        REQUIRE(waitUntil([done] { return *done; }, 10000));
    }
    // Nothing of the login lies around in files.
    CHECK(confab::test::filesContaining(server.validToken).isEmpty());
    CHECK(confab::test::filesContaining(server.refreshToken).isEmpty());

    TokenVault vault(service);
    OAuthAuthorization second(&network, server.mcpUrl(), {}, &vault, OAuthAuthorization::Mode::Automatic);
    second.setPageOpener(opener);
    second.restore();
    REQUIRE(waitUntil([&] { return second.state() == OAuthAuthorization::State::SignedIn; }, 10000));
    CHECK(requestThrough(network, second, server.mcpUrl()) == 200);
    CHECK(pagesOpened == 1);

    second.logout();
    CHECK(second.authorizationHeader().isEmpty());
    TokenVault after(service);
    auto stored = std::make_shared<std::optional<std::optional<QByteArray>>>();
    after.read(QUrl(server.mcpUrl()).toString(),
               [stored](std::optional<QByteArray> data) { *stored = data; });
    REQUIRE(waitUntil([&] { return stored->has_value(); }, 10000));
    CHECK_FALSE(stored->value().has_value());
}
