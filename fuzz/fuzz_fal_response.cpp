// fal.ai's answers as Confab reads them: the input is one body, read as a queue status, as a result (whose
// data-URI images are decoded), as a pricing answer, and as an error body with a status code and phase from
// its first bytes, whose first bytes also serve as the Retry-After and X-Fal-Retryable headers.
#include "FuzzSupport.h"
#include "fal/FalErrors.h"
#include "fal/FalHttpCall.h"
#include "fal/FalImageDecoder.h"
#include "fal/FalPricing.h"
#include "fal/FalQueueAnswers.h"

#include <QGuiApplication>

#include <cmath>
#include <cstdlib>

using namespace confab;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::silenceQtMessages();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    new QGuiApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytesOf(data, size);

    if (const std::optional<QJsonObject> object = FalQueueAnswers::parseObject(body)) {
        const FalStatusAnswer status = FalQueueAnswers::readStatus(*object);
        if (status.hasError && FalErrors::fromCompletedStatus(*object).message.isEmpty())
            std::abort();
        const FalResultAnswer result = FalQueueAnswers::readResult(*object);
        for (const FalOutputImage &image : result.images) {
            const FalDecodedImage decoded = FalImageDecoder::fromDataUri(image.url.toLatin1(), 1024 * 1024);
            if (decoded.error.isEmpty() == decoded.image.bytes.isEmpty())
                std::abort();
        }
    }

    if (const std::optional<FalPrice> price = FalPricing::readPricingAnswer(body, QStringLiteral("m"))) {
        const std::optional<double> charged = FalPricing::charge(*price, 4, std::nullopt);
        if (price->unitPrice < 0 || (charged && !std::isfinite(*charged)))
            std::abort();
    }

    FalHttpResponse response;
    response.status = size >= 2 ? 100 + (data[0] << 8 | data[1]) % 500 : 0;
    response.body = body;
    response.headers.insert("retry-after", body.left(16));
    response.headers.insert("x-fal-request-timeout-type", size % 2 ? "user" : "");
    response.headers.insert("x-fal-retryable", body.left(5));
    FalHttpCall::isTransient(response, FalRetryRule{3, size % 3 == 0, size % 5 == 0});
    const qint64 wait = FalHttpCall::serverWaitMs(response, 30000);
    if (wait < 0 || wait > 30000)
        std::abort();
    const auto phase = static_cast<FalErrors::Phase>(size % 5);
    const FalError error = FalErrors::fromResponse(response, phase);
    if (error.message.isEmpty() || FalErrors::detailText(response).size() > 400)
        std::abort();
    return 0;
}
