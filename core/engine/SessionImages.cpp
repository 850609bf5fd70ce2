#include "SessionImages.h"

#include "store/Store.h"

#include <QImageReader>

namespace confab {

namespace {
constexpr int PageSize = 100;
// Beyond this many messages back, an image is too far away to be what the user means by "the last one".
constexpr int MaxMessagesSearched = 1000;
} // namespace

QString latestSessionImage(Store *store, qint64 sessionId, qint64 beforeMessageId)
{
    qint64 before = beforeMessageId;
    for (int searched = 0; searched < MaxMessagesSearched; searched += PageSize) {
        const QList<Message> page = store->messages()->page(sessionId, before, PageSize);
        if (page.isEmpty())
            return {};
        for (auto message = page.crbegin(); message != page.crend(); ++message) {
            const MessageImage *newest = nullptr;
            for (const MessageImage &image : message->images) {
                if (!newest || image.position > newest->position)
                    newest = &image;
            }
            if (newest)
                return newest->hash;
        }
        before = page.first().id;
    }
    return {};
}

MessageImage inputImageLink(Store *store, const QString &hash, int position)
{
    MessageImage image;
    image.hash = hash;
    image.role = ImageRole::Input;
    image.position = position;
    QImageReader reader(store->images()->pathFor(hash));
    const QSize size = reader.size();
    image.width = size.width();
    image.height = size.height();
    image.mime = mimeForImageFormat(reader.format());
    return image;
}

} // namespace confab
