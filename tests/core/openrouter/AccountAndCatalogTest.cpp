#include "ClientHarness.h"
#include "Wait.h"
#include "catch.h"
#include "openrouter/ModelCatalog.h"

#include <QFile>
#include <QTemporaryDir>

using namespace confab;
using confab::test::ClientHarness;

TEST_CASE("The model list is fetched with image models, cached on disk and readable offline")
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("models.json"));
    {
        ClientHarness h;
        ModelCatalog catalog(&h.client, cache);
        CHECK_FALSE(catalog.loadCache());
        bool changed = false;
        QObject::connect(&catalog, &ModelCatalog::modelsChanged, &catalog, [&changed] { changed = true; });
        catalog.refresh();
        REQUIRE(test::waitUntil([&] { return changed; }));
        CHECK(catalog.models().size() == 5);
        CHECK(h.server.requests()
                  .last()
                  .query(QStringLiteral("output_modalities"))
                  .contains(QStringLiteral("image")));
        CHECK(QFile::exists(cache));
    }

    QNetworkAccessManager network;
    OpenRouterClient offline(&network);
    offline.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/api/v1")));
    ModelCatalog catalog(&offline, cache);
    REQUIRE(catalog.loadCache());
    const ModelInfo *image = catalog.find(QStringLiteral("google/gemini-2.5-flash-image"));
    REQUIRE(image != nullptr);
    CHECK(image->outputsImages());
    CHECK(image->acceptsImages());
    CHECK_FALSE(image->supportsReasoning);
    const ModelInfo *thinking = catalog.find(QStringLiteral("google/gemini-3-flash-preview"));
    REQUIRE(thinking != nullptr);
    CHECK(thinking->supportsReasoning);
    CHECK(thinking->supportsTools);
    CHECK(image->contextLength == 32768);
    CHECK(image->completionPrice == Approx(0.0000025));
    const ModelInfo *mini = catalog.find(QStringLiteral("openai/gpt-4o-mini"));
    REQUIRE(mini != nullptr);
    CHECK(mini->supportsTools);
    CHECK(mini->promptPrice == Approx(0.00000015));
    CHECK(mini->maxCompletionTokens == 8192);
    CHECK_FALSE(mini->outputsImages());
    CHECK(catalog.find(QStringLiteral("nobody/nothing")) == nullptr);
}

TEST_CASE("A failed model refresh keeps the cached list and reports the error")
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("models.json"));
    QFile file(cache);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"data":[{"id":"a/b","name":"A B","context_length":1000,"pricing":{"prompt":"0","completion":"0"}}]})");
    file.close();

    QNetworkAccessManager network;
    OpenRouterClient client(&network);
    testserver::RawHttpServer down;
    REQUIRE(down.listen());
    down.setHandler([](const testserver::HttpRequest &, testserver::HttpExchange *exchange) {
        exchange->respondJson(503, R"({"error":{"code":503,"message":"maintenance"}})");
    });
    client.setBaseUrl(down.baseUrl());
    ModelCatalog catalog(&client, cache);
    REQUIRE(catalog.loadCache());
    std::optional<ChatError> error;
    QObject::connect(&catalog, &ModelCatalog::refreshFailed, &catalog,
                     [&error](const ChatError &e) { error = e; });
    catalog.refresh();
    REQUIRE(test::waitUntil([&] { return error.has_value(); }));
    CHECK(error->kind == ChatError::Kind::Server);
    CHECK(error->message.contains(QStringLiteral("maintenance")));
    REQUIRE(catalog.models().size() == 1);
    CHECK(catalog.models().first().name == QStringLiteral("A B"));
}

TEST_CASE("Checking a key shows its label, limit and usage, and a bad key is rejected")
{
    ClientHarness h;
    std::optional<KeyInfo> info;
    std::optional<ChatError> error;
    QObject::connect(&h.client, &OpenRouterClient::keyChecked, &h.client,
                     [&info](const KeyInfo &i) { info = i; });
    QObject::connect(&h.client, &OpenRouterClient::keyCheckFailed, &h.client,
                     [&error](const ChatError &e) { error = e; });
    h.client.checkKey();
    REQUIRE(test::waitUntil([&] { return info.has_value(); }));
    CHECK(info->label == QStringLiteral("sk-or-v1-...789"));
    REQUIRE(info->limit.has_value());
    CHECK(*info->limit == Approx(100));
    CHECK(*info->limitRemaining == Approx(74.5));
    CHECK(info->usage == Approx(25.5));
    CHECK(info->limitReset == QStringLiteral("monthly"));
    CHECK(h.server.requests().last().path() == QStringLiteral("/api/v1/key"));

    h.client.setApiKey(QStringLiteral("sk-or-bad-1"));
    h.client.checkKey();
    REQUIRE(test::waitUntil([&] { return error.has_value(); }));
    CHECK(error->kind == ChatError::Kind::Auth);
}

TEST_CASE("The billed cost is fetched after the early 404s of /generation")
{
    ClientHarness h;
    REQUIRE(h.run(QStringLiteral("hi")).result.has_value());
    const QString id = h.server.lastGenerationId();
    h.server.setGenerationNotReadyCount(2);
    std::optional<GenerationStats> stats;
    QObject::connect(&h.client, &OpenRouterClient::generationCostReady, &h.client,
                     [&stats](const QString &, const GenerationStats &s) { stats = s; });
    h.client.fetchGenerationCost(id);
    REQUIRE(test::waitUntil([&] { return stats.has_value(); }));
    CHECK(stats->id == id);
    REQUIRE(stats->totalCost.has_value());
    CHECK(*stats->totalCost == Approx(h.server.lastCost()));
    CHECK(stats->completionTokens > 0);
    int lookups = 0;
    for (const testserver::HttpRequest &request : h.server.requests())
        lookups += request.path().endsWith(QStringLiteral("/generation")) ? 1 : 0;
    CHECK(lookups == 3);
}

TEST_CASE("A generation that never becomes ready is reported as not found")
{
    ClientHarness h;
    REQUIRE(h.run(QStringLiteral("hi")).result.has_value());
    h.server.setGenerationNotReadyCount(100);
    std::optional<ChatError> error;
    QString failedId;
    QObject::connect(&h.client, &OpenRouterClient::generationCostFailed, &h.client,
                     [&](const QString &id, const ChatError &e) {
                         failedId = id;
                         error = e;
                     });
    h.client.fetchGenerationCost(h.server.lastGenerationId());
    REQUIRE(test::waitUntil([&] { return error.has_value(); }));
    CHECK(error->kind == ChatError::Kind::NotFound);
    CHECK(failedId == h.server.lastGenerationId());
}
