#pragma once

#include <QHash>
#include <QString>

namespace confab {

// Per-image prices in USD, used for the spending caps. fal bills per generated image.
class FalPricing
{
public:
    FalPricing(); // fal's published prices: flux ultra $0.06, gemini edit $0.039

    double pricePerImage(const QString &model) const;
    void setPricePerImage(const QString &model, double usd);
    // Models without their own price cost this much per image.
    void setDefaultPrice(double usd) { m_defaultPrice = usd; }
    double defaultPrice() const { return m_defaultPrice; }

    double cost(const QString &model, int images) const { return pricePerImage(model) * images; }

private:
    QHash<QString, double> m_prices;
    double m_defaultPrice = 0.039;
};

} // namespace confab
