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
