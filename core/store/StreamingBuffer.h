#pragma once

#include "domain/Message.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace confab {

class Database;

// The answers being written right now. Their text lives here while tokens arrive, so a token costs a string
// append and never a disk write; what changed reaches the database at most one flush interval later (and
// whenever flush() is called), so a kill loses at most that last moment of text.
class StreamingBuffer : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultFlushIntervalMs = 500;

    explicit StreamingBuffer(Database *database, QObject *parent = nullptr);
    // Writes what is still unsaved.
    ~StreamingBuffer() override;

    bool contains(qint64 id) const { return m_live.contains(id); }
    Message *find(qint64 id);
    const Message *find(qint64 id) const;
    // Starts keeping `message` in memory; returns the kept copy.
    Message *add(const Message &message);
    // The kept copy changed: it is written with the next flush.
    void markUnsaved(qint64 id);
    // Forgets a message, written or not (its final state is written by the caller).
    void remove(qint64 id);

    // Writes every unsaved copy in one transaction; on failure tries again after the interval.
    bool flush();
    void setFlushInterval(int ms) { m_timer.setInterval(ms); }
    QString lastError() const { return m_lastError; }

private:
    Database *m_database;
    QHash<qint64, Message> m_live;
    QSet<qint64> m_unsaved;
    QTimer m_timer;
    QString m_lastError;
};

} // namespace confab
