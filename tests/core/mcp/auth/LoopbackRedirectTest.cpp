#include "mcp/auth/LoopbackRedirect.h"

#include "Wait.h"
#include "catch.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

#include <memory>

using namespace confab;
using confab::test::waitUntil;

namespace {
int get(QNetworkAccessManager &network, const QUrl &url)
{
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    REQUIRE(waitUntil([&] { return reply->isFinished(); }, 5000));
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}
} // namespace

TEST_CASE("The loopback redirect takes the browser's callback on 127.0.0.1 and nothing else")
{
    LoopbackRedirect redirect;
    REQUIRE(redirect.listen());
    CHECK(redirect.redirectUri().host() == QStringLiteral("127.0.0.1"));
    CHECK(redirect.redirectUri().path() == QStringLiteral("/callback"));
    QSignalSpy redirected(&redirect, &LoopbackRedirect::redirected);
    QNetworkAccessManager network;

    QUrl other = redirect.redirectUri();
    other.setPath(QStringLiteral("/favicon.ico"));
    CHECK(get(network, other) == 404);
    CHECK(redirected.isEmpty());

    QUrl callback = redirect.redirectUri();
    callback.setQuery(QStringLiteral("code=abc%2B1&state=s1"));
    CHECK(get(network, callback) == 200);
    REQUIRE(redirected.size() == 1);
    const QUrlQuery query(redirected.first().first().toUrl());
    CHECK(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded) == QStringLiteral("abc+1"));
    CHECK(query.queryItemValue(QStringLiteral("state")) == QStringLiteral("s1"));
}

TEST_CASE("The loopback redirect listens on the registered port again when it is free")
{
    quint16 port = 0;
    {
        LoopbackRedirect first;
        REQUIRE(first.listen());
        port = quint16(first.redirectUri().port());
    }
    LoopbackRedirect again;
    REQUIRE(again.listen(port));
    CHECK(again.redirectUri().port() == port);
    LoopbackRedirect taken;
    REQUIRE(taken.listen(port));
    CHECK(taken.redirectUri().port() != port);
}
