#pragma once

#include "fal/FalTypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace confab {

// Per-image prices in USD, used for the spending caps. fal bills per generated image.
class FalPricing
{
public:
    FalPricing(); // each registry model at its last known price (FalImageModels.cpp)

    double pricePerImage(const QString &model) const;
    void setPricePerImage(const QString &model, double usd);
    // Models without their own price cost this much per image.
    void setDefaultPrice(double usd) { m_defaultPrice = usd; }
    double defaultPrice() const { return m_defaultPrice; }

    double cost(const QString &model, int images) const { return pricePerImage(model) * images; }

    // The model's entry in fal's pricing answer {"prices":[{"endpoint_id","unit_price","unit","currency"}],
    // "next_cursor":…,"has_more":…} (fal Platform API, Models → Pricing); empty when it has none or the
    // answer cannot be read.
    static std::optional<FalPrice> readPricingAnswer(const QByteArray &body, const QString &model);
    // Every readable entry of such an answer, by endpoint id; entries with a broken price are left out.
    static QHash<QString, FalPrice> readPricingAnswer(const QByteArray &body);
    // What fal charged at its own price: billableUnits when fal counted them, else one unit per image for
    // per-image prices. Empty when the price is not in USD or its unit is not one Confab can count, so the
    // caller falls back to its configured price.
    static std::optional<double> charge(const FalPrice &price, int images,
                                        std::optional<double> billableUnits);

private:
    QHash<QString, double> m_prices;
    double m_defaultPrice = 0.039;
};

} // namespace confab
