#pragma once

#include "fal/FalTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace confab {

// fal's prices for the registry's models as its pricing API last answered, kept for a day; past that, or
// without an answer, each model shows its last known price, said as such.
class FalPriceList
{
public:
    static constexpr qint64 FreshForSeconds = 24 * 60 * 60;

    // The form settings keep it in: {"fetched_at":"ISO
    // time","prices":{"id":{"unit_price","unit","currency"}}}. Anything unreadable is an empty list.
    static FalPriceList fromJson(const QByteArray &json);
    QByteArray toJson() const;

    void update(const QHash<QString, FalPrice> &prices, const QDateTime &now);
    // Whether fal should be asked again: never asked, asked over a day ago, or the clock went back.
    bool needsRefresh(const QDateTime &now) const;
    // fal's USD price per image for the model, when fal answered within the day.
    std::optional<double> currentPerImage(const QString &model, const QDateTime &now) const;
    // What one picture costs in USD: fal's current price, else the registry's last known one.
    double perImage(const QString &model, const QDateTime &now) const;
    // "$0.06 per image", or "$0.06 per image (last known)" when fal's current price is not at hand.
    QString label(const QString &model, const QDateTime &now) const;

private:
    QHash<QString, FalPrice> m_prices;
    QDateTime m_fetchedAt;
};

} // namespace confab
