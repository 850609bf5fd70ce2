#include "fal/FalPricing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

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

std::optional<FalPrice> FalPricing::readPricingAnswer(const QByteArray &body, const QString &model)
{
    const QJsonArray prices = QJsonDocument::fromJson(body).object().value(QLatin1String("prices")).toArray();
    for (const QJsonValue &entry : prices) {
        const QJsonObject price = entry.toObject();
        const QJsonValue unitPrice = price.value(QLatin1String("unit_price"));
        if (price.value(QLatin1String("endpoint_id")).toString() != model || !unitPrice.isDouble())
            continue;
        const double value = unitPrice.toDouble();
        // A price is a small non-negative number; anything else is a broken answer, not a bill.
        if (!std::isfinite(value) || value < 0 || value > 1000)
            return std::nullopt;
        return FalPrice{value, price.value(QLatin1String("unit")).toString(),
                        price.value(QLatin1String("currency")).toString()};
    }
    return std::nullopt;
}

std::optional<double> FalPricing::charge(const FalPrice &price, int images,
                                         std::optional<double> billableUnits)
{
    if (price.currency.compare(QLatin1String("USD"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    if (billableUnits && std::isfinite(*billableUnits) && *billableUnits >= 0 && *billableUnits < 1e6)
        return price.unitPrice * *billableUnits;
    const QString unit = price.unit.toLower();
    if (unit == QLatin1String("image") || unit == QLatin1String("images"))
        return price.unitPrice * images;
    return std::nullopt;
}

} // namespace confab
