// fal's pricing API answer (GET /v1/models/pricing) and the price list Confab keeps from it in its settings:
// the input is read as both. Every price kept must be one of the registry's models with a sane value, and a
// kept list must read back as it was written.
#include "FuzzSupport.h"
#include "fal/FalImageModels.h"
#include "fal/FalPriceList.h"
#include "fal/FalPricing.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdlib>

using namespace confab;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::silenceQtMessages();
    new QCoreApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytesOf(data, size);
    const QHash<QString, FalPrice> prices = FalPricing::readPricingAnswer(body);
    for (auto it = prices.begin(); it != prices.end(); ++it) {
        if (!falimagemodels::find(it.key()) || !std::isfinite(it->unitPrice) || it->unitPrice < 0 ||
            it->unitPrice > 1000 || it->unit.size() > 32 || it->currency.size() > 8)
            std::abort();
    }

    const QDateTime now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    FalPriceList list;
    list.update(prices, now);
    const FalPriceList kept = FalPriceList::fromJson(list.toJson());
    const FalPriceList stored = FalPriceList::fromJson(body);
    for (const FalImageModel &model : falimagemodels::all()) {
        if (kept.label(model.id, now) != list.label(model.id, now))
            std::abort();
        const double perImage = stored.perImage(model.id, now);
        if (!std::isfinite(perImage) || perImage < 0)
            std::abort();
    }
    return 0;
}
