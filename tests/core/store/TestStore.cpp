#include "TestStore.h"

#include <QBuffer>
#include <QImage>

namespace confab::test {

TestStore::TestStore()
    : m_store(std::make_unique<Store>(StoreLocation::inFolder(m_dir.path())))
{
    m_store->open();
}

OpenResult TestStore::reopen()
{
    m_store.reset();
    m_store = std::make_unique<Store>(location());
    return m_store->open();
}

Session TestStore::newSession(const QString &title)
{
    return m_store->sessions()->create(title).value();
}

Message TestStore::addMessage(qint64 sessionId, MessageRole role, const QString &content,
                              MessageStatus status)
{
    NewMessage message;
    message.sessionId = sessionId;
    message.role = role;
    message.content = content;
    message.status = status;
    return m_store->messages()->create(message).value();
}

QByteArray imageBytes(QColor colour, int width, int height, const char *format)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

} // namespace confab::test
