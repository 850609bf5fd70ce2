#pragma once

#include "fal/FalTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace confab {

class FalClient;
class FalHttpCall;

// Asks fal's pricing API (GET /v1/models/pricing?endpoint_id=…, Platform API → Models → Pricing) what the
// registry's models cost this account, in one request. Without a key nothing is asked.
class FalPriceLookup : public QObject
{
    Q_OBJECT
public:
    explicit FalPriceLookup(FalClient *client, QObject *parent = nullptr);

    // Starts one lookup unless one is under way or there is no key; false when nothing was started.
    bool start();

signals:
    // The prices fal answered with, by model id; not emitted when fal did not answer usably.
    void read(const QHash<QString, confab::FalPrice> &prices);

private:
    FalClient *m_client;
    QPointer<FalHttpCall> m_call;
};

} // namespace confab
