#include "fal/FalPricing.h"

#include "fal/FalImageModels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace confab {

FalPricing::FalPricing()
{
    for (const FalImageModel &model : falimagemodels::all())
        m_prices.insert(model.id, model.lastKnownPriceUsd);
    // fal's own alias of the Gemini 2.5 Flash Image edit model (fal.md B.5).
    m_prices.insert(QStringLiteral("fal-ai/nano-banana/edit"), 0.039);
}

double FalPricing::pricePerImage(const QString &model) const
{
    return m_prices.value(model, m_defaultPrice);
}

void FalPricing::setPricePerImage(const QString &model, double usd)
{
    m_prices.insert(model, usd);
}

namespace {

// One entry of the answer; a price is a small non-negative number, anything else is a broken answer.
std::optional<FalPrice> readEntry(const QJsonObject &price)
{
    const QJsonValue unitPrice = price.value(QLatin1String("unit_price"));
    if (!unitPrice.isDouble())
        return std::nullopt;
    const double value = unitPrice.toDouble();
    if (!std::isfinite(value) || value < 0 || value > 1000)
        return std::nullopt;
    // Unit and currency are short words ("image", "USD"); longer text is not one.
    const QString unit = price.value(QLatin1String("unit")).toString().left(32);
    const QString currency = price.value(QLatin1String("currency")).toString().left(8);
    return FalPrice{value, unit, currency};
}

} // namespace

std::optional<FalPrice> FalPricing::readPricingAnswer(const QByteArray &body, const QString &model)
{
    const QJsonArray prices = QJsonDocument::fromJson(body).object().value(QLatin1String("prices")).toArray();
    for (const QJsonValue &entry : prices) {
        const QJsonObject price = entry.toObject();
        if (price.value(QLatin1String("endpoint_id")).toString() == model)
            return readEntry(price);
    }
    return std::nullopt;
}

QHash<QString, FalPrice> FalPricing::readPricingAnswer(const QByteArray &body)
{
    QHash<QString, FalPrice> read;
    const QJsonArray prices = QJsonDocument::fromJson(body).object().value(QLatin1String("prices")).toArray();
    for (const QJsonValue &entry : prices) {
        const QJsonObject price = entry.toObject();
        const QString id = price.value(QLatin1String("endpoint_id")).toString();
        // Only models Confab offers are kept: the answer cannot grow the list.
        if (!falimagemodels::find(id) || read.contains(id))
            continue;
        if (const std::optional<FalPrice> value = readEntry(price))
            read.insert(id, *value);
    }
    return read;
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
