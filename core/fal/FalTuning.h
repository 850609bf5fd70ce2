#pragma once

#include <QtGlobal>

#include <functional>

namespace confab {

// Every wait the fal client makes. Defaults suit the real service; tests shrink them.
struct FalTuning
{
    int pollIntervalMs = 500;     // first wait between status reads, and again after any change
    int pollMaxIntervalMs = 4000; // status reads slow down to this while nothing changes
    double pollBackoffFactor = 1.5;
    int retryBaseMs =
        1000; // first retry step after a transient failure; doubles each time, half of it random
    int retryMaxMs = 30000;              // no retry delay (Retry-After included) is longer than this
    std::function<double()> retryRandom; // [0, 1) for the jitter; empty: a real random number
    int submitRetries = 3;
    int statusRetries = 5;
    int resultRetries = 3;
    int requestTimeoutMs = 120000;     // a single request with no bytes moving for this long gives up
    int jobTimeoutMs = 15 * 60 * 1000; // a job not finished after this is cancelled
    qint64 maxImageBytes = 50LL * 1024 * 1024;
    // How long fal keeps uploaded inputs and generated images on its CDN: long enough to finish and download
    // a job (jobTimeoutMs), short enough that a public URL does not outlive its use.
    int fileLifetimeSeconds = 3600;
};

} // namespace confab
