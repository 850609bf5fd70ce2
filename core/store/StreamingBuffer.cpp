#include "store/StreamingBuffer.h"

#include "store/Database.h"
#include "store/MessageRecord.h"
#include "store/Sql.h"

namespace confab {

StreamingBuffer::StreamingBuffer(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultFlushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StreamingBuffer::flush);
}

StreamingBuffer::~StreamingBuffer()
{
    if (m_database->isOpen())
        flush();
}

Message *StreamingBuffer::find(qint64 id)
{
    if (auto it = m_live.find(id); it != m_live.end())
        return &*it;
    return nullptr;
}

const Message *StreamingBuffer::find(qint64 id) const
{
    if (auto it = m_live.constFind(id); it != m_live.constEnd())
        return &*it;
    return nullptr;
}

Message *StreamingBuffer::add(const Message &message)
{
    return &*m_live.insert(message.id, message);
}

void StreamingBuffer::markUnsaved(qint64 id)
{
    m_unsaved.insert(id);
    // However many writes come in between, the first one starts the clock.
    if (!m_timer.isActive())
        m_timer.start();
}

void StreamingBuffer::remove(qint64 id)
{
    m_unsaved.remove(id);
    m_live.remove(id);
}

bool StreamingBuffer::flush()
{
    m_timer.stop();
    if (m_unsaved.isEmpty())
        return true;
    const bool saved = m_database->transaction([this] {
        for (qint64 id : std::as_const(m_unsaved)) {
            const Message *message = find(id);
            if (message &&
                !sql::run(m_database->connection(),
                          QStringLiteral("UPDATE messages SET content = ?, metadata = ?, reasoning = ?,"
                                         " reasoning_details = ? WHERE id = ?"),
                          {message->content, records::metadataText(message->metadata), message->reasoning,
                           records::detailsText(message->reasoningDetails), id},
                          &m_lastError))
                return false;
        }
        return true;
    });
    if (saved)
        m_unsaved.clear();
    else
        m_timer.start();
    return saved;
}

} // namespace confab
