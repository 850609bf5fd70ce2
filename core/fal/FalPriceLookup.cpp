#include "fal/FalPriceLookup.h"

#include "fal/FalClient.h"
#include "fal/FalHttpCall.h"
#include "fal/FalImageModels.h"
#include "fal/FalPricing.h"

namespace confab {

namespace {
// Five entries of some 100 bytes each; a longer answer is not a price list.
constexpr qint64 MaxAnswerBytes = 64 * 1024;
} // namespace

FalPriceLookup::FalPriceLookup(FalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

bool FalPriceLookup::start()
{
    if (m_call || !m_client->hasApiKey())
        return false;
    QStringList models;
    for (const FalImageModel &model : falimagemodels::all())
        models << model.id;
    m_call = m_client->newCall(m_client->apiRequest(m_client->pricingUrl(models)), "GET", {}, FalRetryRule{},
                               MaxAnswerBytes, this);
    connect(m_call, &FalHttpCall::done, this, [this](const FalHttpResponse &response) {
        m_call->deleteLater();
        if (!response.ok())
            return;
        const QHash<QString, FalPrice> prices = FalPricing::readPricingAnswer(response.body);
        if (!prices.isEmpty())
            emit read(prices);
    });
    m_call->start();
    return true;
}

} // namespace confab
