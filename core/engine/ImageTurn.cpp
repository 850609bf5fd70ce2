#include "ImageTurn.h"

#include "engine/ImageCall.h"
#include "store/Store.h"

namespace confab {

ImageTurn::ImageTurn(TurnContext context, QObject *parent)
    : Turn(std::move(context), parent)
{}

void ImageTurn::start()
{
    m_context.store->messages()->beginStreaming(messageId());
    m_call = new ImageCall(
        m_context, [this](const auto &images) { return storeOutputImages(images); }, this);
    connect(m_call, &ImageCall::finished, this, &ImageTurn::onFinished);
    connect(m_call, &ImageCall::failed, this, &ImageTurn::onFailed);
    const bool edit = m_context.request.mode == GenerationMode::ImageToImage;
    m_call->start(m_context.request.prompt, edit ? m_context.request.imageHashes : QStringList(),
                  m_context.request.image);
}

void ImageTurn::cancelProviderCall()
{
    if (m_call)
        m_call->cancel();
}

QString ImageTurn::blockedNotice(int stored, int blocked)
{
    if (blocked == 0)
        return {};
    if (stored == 0)
        return blocked == 1
                   ? tr("The image was blocked by fal's safety checker and is not shown.")
                   : tr("All %1 images were blocked by fal's safety checker and are not shown.").arg(blocked);
    return tr("%1 of %2 images were blocked by fal's safety checker and are not shown.")
        .arg(blocked)
        .arg(stored + blocked);
}

void ImageTurn::onFinished(int stored, int blocked, const QString &description, double costUsd)
{
    const auto message = m_context.store->messages()->get(messageId());
    MessageMetadata metadata = message ? message->metadata : MessageMetadata();
    metadata.model = m_call->model();
    metadata.costUsd = costUsd;
    if (stored == 0) {
        failWith(blocked > 0 ? blockedNotice(stored, blocked)
                             : tr("fal.ai finished but returned no images."));
        return;
    }
    QStringList text;
    if (!description.trimmed().isEmpty())
        text << description.trimmed();
    if (blocked > 0)
        text << blockedNotice(stored, blocked);
    if (!text.isEmpty())
        m_context.store->messages()->appendContent(messageId(), text.join(QStringLiteral("\n\n")));
    metadata.finishReason = QStringLiteral("stop");
    succeed(metadata);
}

void ImageTurn::onFailed(const FalError &error)
{
    if (isStopping() || error.kind == FalError::Kind::Cancelled)
        finishStopped();
    else
        failWith(error.message);
}

} // namespace confab
