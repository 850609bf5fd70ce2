#include "fal/FalPricing.h"

#include "catch.h"
#include "fal/FalTypes.h"

using namespace confab;

TEST_CASE("Image prices default to fal's published per-image prices and can be changed")
{
    FalPricing pricing;
    CHECK(pricing.pricePerImage(QLatin1String(FalModel::FluxProUltra)) == Approx(0.06));
    CHECK(pricing.pricePerImage(QLatin1String(FalModel::GeminiFlashEdit)) == Approx(0.039));
    CHECK(pricing.cost(QLatin1String(FalModel::FluxProUltra), 4) == Approx(0.24));
    CHECK(pricing.pricePerImage(QStringLiteral("fal-ai/some-new-model")) == Approx(0.039));

    pricing.setPricePerImage(QLatin1String(FalModel::FluxProUltra), 0.05);
    pricing.setDefaultPrice(0.1);
    CHECK(pricing.cost(QLatin1String(FalModel::FluxProUltra), 2) == Approx(0.10));
    CHECK(pricing.pricePerImage(QStringLiteral("fal-ai/some-new-model")) == Approx(0.1));
}

TEST_CASE("fal's pricing answer is read for the model asked about, and only a sane price is kept")
{
    // The shape of GET /v1/models/pricing in fal's Platform API reference (Models → Pricing).
    const QByteArray answer =
        R"({"prices":[{"endpoint_id":"fal-ai/flux/dev","unit_price":0.025,"unit":"image","currency":"USD"},)"
        R"({"endpoint_id":"fal-ai/flux-pro/v1.1-ultra","unit_price":0.06,"unit":"image","currency":"USD"}],)"
        R"("next_cursor":null,"has_more":false})";
    const std::optional<FalPrice> price =
        FalPricing::readPricingAnswer(answer, QLatin1String(FalModel::FluxProUltra));
    REQUIRE(price);
    CHECK(price->unitPrice == Approx(0.06));
    CHECK(price->unit == QStringLiteral("image"));
    CHECK(price->currency == QStringLiteral("USD"));
    CHECK_FALSE(FalPricing::readPricingAnswer(answer, QStringLiteral("fal-ai/other")));
    CHECK_FALSE(FalPricing::readPricingAnswer(
        R"({"prices":[{"endpoint_id":"m","unit_price":-3,"unit":"image","currency":"USD"}]})",
        QStringLiteral("m")));
    CHECK_FALSE(FalPricing::readPricingAnswer("not json", QStringLiteral("m")));
}

TEST_CASE("A charge is counted only in USD and in units Confab can count")
{
    const FalPrice perImage{0.05, QStringLiteral("image"), QStringLiteral("USD")};
    CHECK(*FalPricing::charge(perImage, 3, std::nullopt) == Approx(0.15));
    CHECK(*FalPricing::charge(perImage, 3, 2.0) == Approx(0.10));
    CHECK_FALSE(FalPricing::charge(FalPrice{0.05, QStringLiteral("image"), QStringLiteral("EUR")}, 1, {}));
    CHECK_FALSE(
        FalPricing::charge(FalPrice{0.01, QStringLiteral("megapixels"), QStringLiteral("USD")}, 1, {}));
}
