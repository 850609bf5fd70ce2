#include "ImageCall.h"

#include "domain/Generation.h"
#include "engine/ErrorCodes.h"
#include "fal/FalClient.h"
#include "fal/FalImageModels.h"
#include "fal/FalJob.h"
#include "fal/FalPricing.h"
#include "fal/FalRequestBuilder.h"
#include "settings/Settings.h"
#include "store/Store.h"

#include <QBuffer>
#include <QImageReader>

namespace confab {

ImageCall::ImageCall(const TurnContext &context, ImageSink sink, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_sink(std::move(sink))
{}

QString ImageCall::modelFor(bool edit, const QString &wanted, const Settings *settings)
{
    const FalImageModel::Kind kind = edit ? FalImageModel::Kind::Edit : FalImageModel::Kind::TextToImage;
    if (const FalImageModel *model = falimagemodels::find(wanted); model && model->kind == kind)
        return model->id;
    const QString configured =
        settings ? (edit ? settings->imageEditModel() : settings->textToImageModel()) : QString();
    return falimagemodels::resolve(configured, kind).id;
}

bool ImageCall::isRunning() const
{
    return m_job && !m_job->isOver();
}

void ImageCall::start(const QString &prompt, const QStringList &inputHashes, const ImageOptions &options)
{
    Settings *settings = m_context.settings;
    const bool edit = !inputHashes.isEmpty();
    m_model = modelFor(edit, m_context.request.model, settings);
    const FalImageModel &model = *falimagemodels::find(m_model);
    const QString aspect = options.aspectRatio.isEmpty() ? settings->imageAspectRatio() : options.aspectRatio;
    const int count = options.count > 0 ? options.count : settings->imageCount();
    const QString format = options.format.isEmpty() ? settings->imageFormat() : options.format;
    const int safetyTolerance =
        (options.safetyTolerance.isEmpty() ? settings->falSafetyTolerance() : options.safetyTolerance)
            .toInt();

    if (edit) {
        ImageEditOptions editOptions;
        editOptions.model = m_model;
        editOptions.prompt = prompt;
        editOptions.numImages = count;
        editOptions.outputFormat = format;
        // The edit model follows its input's shape unless the user picked one on purpose.
        editOptions.aspectRatio = options.aspectRatio;
        editOptions.resolution = options.resolution;
        editOptions.safetyTolerance = safetyTolerance;
        for (const QString &hash : inputHashes) {
            InputImage input;
            input.bytes = m_context.store->images()->bytes(hash);
            QBuffer buffer(&input.bytes);
            buffer.open(QIODevice::ReadOnly);
            input.mime = mimeForImageFormat(QImageReader::imageFormat(&buffer)).toLatin1();
            editOptions.images << input;
        }
        m_job = m_context.fal->edit(editOptions);
    } else {
        FluxUltraOptions flux;
        flux.model = m_model;
        flux.prompt = prompt;
        // A saved default the model lacks gives way to the model's own; one asked for explicitly is passed
        // on and refused with a clear message.
        flux.aspectRatio = options.aspectRatio.isEmpty() && !model.aspectRatios.contains(aspect)
                               ? model.defaultAspectRatio
                               : aspect;
        flux.numImages = count;
        flux.outputFormat = options.format.isEmpty() && !model.outputFormats.contains(format)
                                ? model.outputFormats.constFirst()
                                : format;
        flux.seed = options.seed;
        flux.raw = options.raw;
        flux.safetyTolerance = safetyTolerance;
        m_job = m_context.fal->generate(flux);
    }

    Generation generation;
    generation.messageId = m_context.assistantMessageId;
    generation.kind = edit ? GenerationKind::ImageEdit : GenerationKind::TextToImage;
    generation.provider = QStringLiteral("fal");
    generation.model = m_model;
    m_generationId = m_context.store->generations()->start(generation).value_or(0);

    // The job, its input images and its downloads go with this call rather than living on in the client.
    m_job->setParent(this);
    const qint64 messageId = m_context.assistantMessageId;
    Store *store = m_context.store;
    connect(m_job, &FalJob::progress, this,
            [store, messageId](const QString &text) { store->messages()->setProgress(messageId, text); });
    connect(m_job, &FalJob::finished, this, &ImageCall::onFinished);
    connect(m_job, &FalJob::failed, this, &ImageCall::onFailed);
}

void ImageCall::cancel()
{
    if (isRunning())
        m_job->cancel();
}

void ImageCall::onFinished(const FalResult &result)
{
    QList<QPair<QByteArray, QString>> images;
    int blocked = 0;
    for (const FalImage &image : result.images) {
        if (image.blocked)
            ++blocked;
        else
            images << qMakePair(image.bytes, QString::fromLatin1(image.mime));
    }
    const int stored = m_sink(images);

    GenerationOutcome outcome;
    outcome.requestId = result.requestId;
    outcome.firstByteMs =
        result.msToFirstStatus >= 0 ? std::optional<qint64>(result.msToFirstStatus) : std::nullopt;
    outcome.totalMs = result.totalMs;
    outcome.images = static_cast<int>(result.images.size());
    // fal bills every image it made, blocked ones included.
    outcome.costUsd = chargeFor(static_cast<int>(result.images.size()), result.price, result.billableUnits);
    m_context.store->generations()->finish(m_generationId, outcome);

    emit finished(stored, blocked, result.description, *outcome.costUsd);
}

double ImageCall::chargeFor(int images, const std::optional<FalPrice> &price,
                            std::optional<double> billableUnits) const
{
    if (price) {
        if (const std::optional<double> charged = FalPricing::charge(*price, images, billableUnits))
            return *charged;
    }
    FalPricing pricing;
    const auto prices = m_context.settings->falPricesUsdPerImage();
    for (auto it = prices.cbegin(); it != prices.cend(); ++it)
        pricing.setPricePerImage(it.key(), it.value());
    return pricing.cost(m_model, images);
}

void ImageCall::onFailed(const FalError &error)
{
    GenerationOutcome outcome;
    outcome.status =
        error.kind == FalError::Kind::Cancelled ? GenerationStatus::Cancelled : GenerationStatus::Failed;
    outcome.errorCode = generationErrorCode(error);
    // fal charges for what it made, not for what reached us: images listed in a result that then could not
    // be downloaded are billed. A failure before that is not ("You pay only for successful outputs", and
    // 5xx answers are not billed, fal docs: Pricing, Reliability).
    if (error.billedImages > 0) {
        outcome.images = error.billedImages;
        outcome.costUsd = chargeFor(error.billedImages, error.price, std::nullopt);
    }
    m_context.store->generations()->finish(m_generationId, outcome);
    emit failed(error);
}

} // namespace confab
