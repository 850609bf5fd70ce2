// The fal stand-in itself, spoken to directly, so the standalone test server and end-to-end tests can rely on
// what it does beyond what FalClient uses.
#include "FalServer.h"

#include "Wait.h"
#include "catch.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace confab::test;
using confab::testserver::FalServer;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

Answer exchange(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
                const QByteArray &body = {}, const QByteArray &key = "stand-in-key")
{
    QNetworkRequest request(url);
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Key " + key);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    REQUIRE(waitUntil([reply] { return reply->isFinished(); }));
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return answer;
}

QUrl at(const FalServer &server, const QString &path)
{
    QUrl url = server.baseUrl();
    url.setPath(path);
    return url;
}

} // namespace

TEST_CASE("The fal stand-in refuses requests without a key")
{
    FalServer server;
    REQUIRE(server.listen());
    QNetworkAccessManager network;
    const Answer answer = exchange(network, "POST", at(server, QStringLiteral("/fal-ai/flux-pro/v1.1-ultra")),
                                   R"({"prompt":"x"})", {});
    CHECK(answer.status == 401);
    CHECK(answer.json().value(QStringLiteral("detail")).isString());
}

TEST_CASE("The status stream sends comments and events and ends after COMPLETED")
{
    FalServer server;
    server.setStepDelayMs(5);
    REQUIRE(server.listen());
    QNetworkAccessManager network;
    const Answer submitted = exchange(
        network, "POST", at(server, QStringLiteral("/fal-ai/flux-pro/v1.1-ultra")), R"({"prompt":"x"})");
    REQUIRE(submitted.status == 200);
    const QUrl streamUrl(submitted.json().value(QStringLiteral("status_url")).toString() +
                         QStringLiteral("/stream?logs=1"));
    const Answer stream = exchange(network, "GET", streamUrl);
    CHECK(stream.status == 200);
    CHECK(stream.body.startsWith(": connected\n\n"));
    QList<QByteArray> states;
    for (const QByteArray &line : stream.body.split('\n')) {
        if (line.startsWith("data: "))
            states.append(QJsonDocument::fromJson(line.mid(6))
                              .object()
                              .value(QStringLiteral("status"))
                              .toString()
                              .toLatin1());
    }
    CHECK(states.first() == "IN_QUEUE");
    CHECK(states.contains("IN_PROGRESS"));
    CHECK(states.last() == "COMPLETED");
    CHECK(states.count("COMPLETED") == 1);
}

TEST_CASE("The sync host answers with the output, inline when sync_mode is set")
{
    FalServer server;
    REQUIRE(server.listen());
    QNetworkAccessManager network;
    QUrl url = server.syncBaseUrl();
    url.setPath(url.path() + QStringLiteral("/fal-ai/flux-pro/v1.1-ultra"));

    const Answer hosted = exchange(network, "POST", url, R"({"prompt":"sea","aspect_ratio":"1:1"})");
    REQUIRE(hosted.status == 200);
    const QJsonObject image = hosted.json().value(QStringLiteral("images")).toArray().first().toObject();
    CHECK(image.value(QStringLiteral("width")).toInt() == 512);
    const Answer file = exchange(network, "GET", QUrl(image.value(QStringLiteral("url")).toString()), {}, {});
    CHECK(file.status == 200);
    CHECK_FALSE(QImage::fromData(file.body).isNull());

    const Answer inlined = exchange(network, "POST", url, R"({"prompt":"sea","sync_mode":true})");
    REQUIRE(inlined.status == 200);
    const QString dataUri = inlined.json()
                                .value(QStringLiteral("images"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("url"))
                                .toString();
    CHECK(dataUri.startsWith(QStringLiteral("data:image/jpeg;base64,")));
}

TEST_CASE("Invalid model input is refused with a detail array naming each field")
{
    FalServer server;
    REQUIRE(server.listen());
    QNetworkAccessManager network;
    QUrl url = server.syncBaseUrl();
    url.setPath(url.path() + QStringLiteral("/fal-ai/gemini-25-flash-image/edit"));
    const Answer answer = exchange(network, "POST", url, R"({"num_images":7,"output_format":"gif"})");
    REQUIRE(answer.status == 422);
    QStringList fields;
    for (const QJsonValue &entry : answer.json().value(QStringLiteral("detail")).toArray())
        fields.append(entry.toObject().value(QStringLiteral("loc")).toArray().last().toString());
    CHECK(fields.contains(QStringLiteral("prompt")));
    CHECK(fields.contains(QStringLiteral("image_urls")));
    CHECK(fields.contains(QStringLiteral("num_images")));
    CHECK(fields.contains(QStringLiteral("output_format")));
}

TEST_CASE("Flux Ultra refuses enable_safety_checker, which its current schema no longer has")
{
    FalServer server;
    REQUIRE(server.listen());
    QNetworkAccessManager network;
    QUrl url = server.syncBaseUrl();
    url.setPath(url.path() + QStringLiteral("/fal-ai/flux-pro/v1.1-ultra"));
    const Answer refused = exchange(
        network, "POST", url, R"({"prompt":"sea","safety_tolerance":"2","enable_safety_checker":true})");
    REQUIRE(refused.status == 422);
    const QJsonArray detail = refused.json().value(QStringLiteral("detail")).toArray();
    REQUIRE(detail.size() == 1);
    const QJsonObject entry = detail.first().toObject();
    CHECK(entry.value(QStringLiteral("loc")).toArray() ==
          QJsonArray{QStringLiteral("body"), QStringLiteral("enable_safety_checker")});
    CHECK(entry.value(QStringLiteral("type")).toString() == QStringLiteral("extra_forbidden"));
    CHECK_FALSE(entry.value(QStringLiteral("msg")).toString().isEmpty());

    const Answer accepted = exchange(network, "POST", url, R"({"prompt":"sea","safety_tolerance":"6"})");
    CHECK(accepted.status == 200);
    const Answer webp = exchange(network, "POST", url, R"({"prompt":"sea","output_format":"webp"})");
    CHECK(webp.status == 422);
}

TEST_CASE("Cancelling answers CANCELLATION_REQUESTED, ALREADY_COMPLETED or NOT_FOUND")
{
    FalServer server;
    server.setStepDelayMs(0);
    REQUIRE(server.listen());
    QNetworkAccessManager network;
    FalServer::Scenario instant;
    REQUIRE(FalServer::scenarioFromName(QStringLiteral("instant"), &instant));
    server.enqueue(instant);
    const Answer done = exchange(network, "POST", at(server, QStringLiteral("/fal-ai/flux-pro/v1.1-ultra")),
                                 R"({"prompt":"x"})");
    const QUrl doneStatus(done.json().value(QStringLiteral("status_url")).toString());
    REQUIRE(exchange(network, "GET", doneStatus).status == 200);
    const Answer late =
        exchange(network, "PUT", QUrl(done.json().value(QStringLiteral("cancel_url")).toString()));
    CHECK(late.status == 400);
    CHECK(late.json().value(QStringLiteral("status")).toString() == QStringLiteral("ALREADY_COMPLETED"));

    const Answer queued = exchange(network, "POST", at(server, QStringLiteral("/fal-ai/flux-pro/v1.1-ultra")),
                                   R"({"prompt":"y"})");
    const Answer asked =
        exchange(network, "PUT", QUrl(queued.json().value(QStringLiteral("cancel_url")).toString()));
    CHECK(asked.status == 202);
    CHECK(asked.json().value(QStringLiteral("status")).toString() ==
          QStringLiteral("CANCELLATION_REQUESTED"));

    const Answer unknown =
        exchange(network, "PUT", at(server, QStringLiteral("/fal-ai/flux-pro/requests/no-such-id/cancel")));
    CHECK(unknown.status == 404);
    CHECK(unknown.json().value(QStringLiteral("status")).toString() == QStringLiteral("NOT_FOUND"));
}

TEST_CASE("Status URLs that keep the model's subpath are not found")
{
    FalServer server;
    REQUIRE(server.listen());
    QNetworkAccessManager network;
    const Answer submitted = exchange(
        network, "POST", at(server, QStringLiteral("/fal-ai/flux-pro/v1.1-ultra")), R"({"prompt":"x"})");
    const QString id = submitted.json().value(QStringLiteral("request_id")).toString();
    CHECK(submitted.json()
              .value(QStringLiteral("status_url"))
              .toString()
              .endsWith(QStringLiteral("/fal-ai/flux-pro/requests/") + id + QStringLiteral("/status")));
    const Answer wrong = exchange(
        network, "GET",
        at(server, QStringLiteral("/fal-ai/flux-pro/v1.1-ultra/requests/") + id + QStringLiteral("/status")));
    CHECK(wrong.status == 404);
}

TEST_CASE("Status reads accept logs as 1, 0, true or false")
{
    FalServer server;
    REQUIRE(server.listen());
    QNetworkAccessManager network;
    FalServer::Scenario instant;
    REQUIRE(FalServer::scenarioFromName(QStringLiteral("instant"), &instant));
    instant.logLines = {QStringLiteral("only line")};
    server.enqueue(instant);
    server.setStepDelayMs(0);
    const Answer submitted = exchange(
        network, "POST", at(server, QStringLiteral("/fal-ai/flux-pro/v1.1-ultra")), R"({"prompt":"x"})");
    const QString statusUrl = submitted.json().value(QStringLiteral("status_url")).toString();
    for (const QString &value : {QStringLiteral("1"), QStringLiteral("true")}) {
        const Answer answer = exchange(network, "GET", QUrl(statusUrl + QStringLiteral("?logs=") + value));
        CHECK(answer.json().value(QStringLiteral("logs")).toArray().size() == 1);
    }
    for (const QString &value : {QStringLiteral("0"), QStringLiteral("false")}) {
        const Answer answer = exchange(network, "GET", QUrl(statusUrl + QStringLiteral("?logs=") + value));
        CHECK(answer.json().value(QStringLiteral("logs")).isNull());
    }
}

TEST_CASE("Every scenario name the server lists can be selected")
{
    for (const QString &name : FalServer::scenarioNames()) {
        FalServer::Scenario scenario;
        CHECK(FalServer::scenarioFromName(name, &scenario));
        CHECK(scenario.name == name);
    }
    FalServer::Scenario unknown;
    CHECK_FALSE(FalServer::scenarioFromName(QStringLiteral("no-such-scenario"), &unknown));
}
