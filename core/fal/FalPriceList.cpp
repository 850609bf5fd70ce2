#include "fal/FalPriceList.h"

#include "fal/FalImageModels.h"
#include "fal/FalPricing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace confab {

FalPriceList FalPriceList::fromJson(const QByteArray &json)
{
    FalPriceList list;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    list.m_fetchedAt =
        QDateTime::fromString(root.value(QLatin1String("fetched_at")).toString(), Qt::ISODateWithMs);
    const QJsonObject prices = root.value(QLatin1String("prices")).toObject();
    QJsonArray entries;
    for (auto it = prices.begin(); it != prices.end(); ++it) {
        QJsonObject entry = it.value().toObject();
        entry.insert(QStringLiteral("endpoint_id"), it.key());
        entries.append(entry);
    }
    // Read through the same checks as fal's own answer: the settings file is no more trusted than fal.
    list.m_prices = FalPricing::readPricingAnswer(
        QJsonDocument(QJsonObject{{QStringLiteral("prices"), entries}}).toJson(QJsonDocument::Compact));
    if (!list.m_fetchedAt.isValid())
        list.m_prices.clear();
    return list;
}

QByteArray FalPriceList::toJson() const
{
    QJsonObject prices;
    for (auto it = m_prices.begin(); it != m_prices.end(); ++it)
        prices.insert(it.key(), QJsonObject{{QStringLiteral("unit_price"), it->unitPrice},
                                            {QStringLiteral("unit"), it->unit},
                                            {QStringLiteral("currency"), it->currency}});
    return QJsonDocument(QJsonObject{{QStringLiteral("fetched_at"), m_fetchedAt.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("prices"), prices}})
        .toJson(QJsonDocument::Compact);
}

void FalPriceList::update(const QHash<QString, FalPrice> &prices, const QDateTime &now)
{
    m_prices = prices;
    m_fetchedAt = now;
}

bool FalPriceList::needsRefresh(const QDateTime &now) const
{
    if (!m_fetchedAt.isValid() || m_fetchedAt > now)
        return true;
    return m_fetchedAt.secsTo(now) >= FreshForSeconds;
}

std::optional<double> FalPriceList::currentPerImage(const QString &model, const QDateTime &now) const
{
    if (needsRefresh(now) || !m_prices.contains(model))
        return std::nullopt;
    // Only a per-image price in USD says what one picture costs; other units fall back to the registry.
    return FalPricing::charge(m_prices.value(model), 1, std::nullopt);
}

double FalPriceList::perImage(const QString &model, const QDateTime &now) const
{
    if (const std::optional<double> current = currentPerImage(model, now))
        return *current;
    const FalImageModel *known = falimagemodels::find(model);
    return known ? known->lastKnownPriceUsd : FalPricing().pricePerImage(model);
}

QString FalPriceList::label(const QString &model, const QDateTime &now) const
{
    const QString amount = QStringLiteral("$") + QLocale::c().toString(perImage(model, now), 'f', 3);
    if (currentPerImage(model, now))
        return QCoreApplication::translate("FalPriceList", "%1 per image").arg(amount);
    return QCoreApplication::translate("FalPriceList", "%1 per image (last known)").arg(amount);
}

} // namespace confab
