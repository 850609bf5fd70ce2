#include "fal/FalPricing.h"

#include "fal/FalTypes.h"

namespace confab {

FalPricing::FalPricing()
{
    m_prices.insert(QLatin1String(FalModel::FluxProUltra), 0.06);
    m_prices.insert(QLatin1String(FalModel::GeminiFlashEdit), 0.039);
}

double FalPricing::pricePerImage(const QString &model) const
{
    return m_prices.value(model, m_defaultPrice);
}

void FalPricing::setPricePerImage(const QString &model, double usd)
{
    m_prices.insert(model, usd);
}

} // namespace confab
