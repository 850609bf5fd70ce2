#include "Turn.h"

#include "store/Store.h"

namespace confab {

Turn::Turn(TurnContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
    m_clock.start();
    if (const auto message = m_context.store->messages()->get(messageId())) {
        for (const MessageImage &image : message->images)
            m_nextImagePosition = std::max(m_nextImagePosition, image.position + 1);
    }
}

void Turn::stop()
{
    if (m_over || m_stopping)
        return;
    m_stopping = true;
    cancelProviderCall();
    // A provider job reports its cancellation through its own failure signal; if it had nothing running,
    // nobody will, so make sure the answer ends.
    if (!m_over)
        finishStopped();
}

qint64 Turn::beginGeneration(GenerationKind kind, const QString &provider, const QString &model)
{
    Generation generation;
    generation.messageId = messageId();
    generation.kind = kind;
    generation.provider = provider;
    generation.model = model;
    return m_context.store->generations()->start(generation).value_or(0);
}

void Turn::endGeneration(qint64 generationId, const GenerationOutcome &outcome)
{
    if (generationId > 0)
        m_context.store->generations()->finish(generationId, outcome);
}

int Turn::storeOutputImages(const QList<QPair<QByteArray, QString>> &images)
{
    QStringList refusals;
    const QList<MessageImage> stored = keepImages(images, &refusals);
    // The answer says so where the picture would have been, rather than losing it without a word.
    for (const QString &refusal : std::as_const(refusals))
        m_context.store->messages()->appendContent(
            messageId(),
            QStringLiteral("\n\n*The model sent an image Confab did not keep. %1*\n\n").arg(refusal));
    return static_cast<int>(stored.size());
}

QStringList Turn::storeToolPictures(const QList<QPair<QByteArray, QString>> &pictures, QStringList *refusals)
{
    QStringList hashes;
    for (const MessageImage &image : keepImages(pictures, refusals))
        hashes << image.hash;
    return hashes;
}

QList<MessageImage> Turn::keepImages(const QList<QPair<QByteArray, QString>> &images, QStringList *refusals)
{
    QList<MessageImage> stored;
    for (const auto &[bytes, mime] : images) {
        const StoredImage image = m_context.store->images()->store(bytes);
        if (!image.ok()) {
            refusals->append(image.error);
            continue;
        }
        MessageImage link;
        link.hash = image.hash;
        link.role = ImageRole::Output;
        link.width = image.width;
        link.height = image.height;
        link.mime = image.mime;
        link.position = m_nextImagePosition++;
        stored << link;
    }
    if (!stored.isEmpty())
        m_context.store->messages()->attachImages(messageId(), stored);
    return stored;
}

void Turn::succeed(MessageMetadata metadata)
{
    if (m_over)
        return;
    m_over = true;
    metadata.generationMs = elapsedMs();
    metadata.progress.clear();
    m_context.store->messages()->finish(messageId(), metadata);
    emit done(sessionId(), messageId(), true, {});
}

void Turn::failWith(const QString &error)
{
    if (m_over)
        return;
    m_over = true;
    m_context.store->messages()->fail(messageId(), error);
    emit done(sessionId(), messageId(), false, error);
}

void Turn::finishStopped()
{
    if (m_over)
        return;
    m_over = true;
    m_context.store->messages()->stop(messageId());
    emit done(sessionId(), messageId(), false, {});
}

} // namespace confab
