#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

class QIODevice;

namespace confab {

// Walks one JSON document from a device without holding it whole: objects and arrays are entered and left
// one member at a time, and any single value (a message, a session's field) can be read whole. Memory
// follows the largest single value read, not the file. The first syntax error is kept and stops everything.
class JsonPullReader
{
public:
    explicit JsonPullReader(QIODevice *device);

    bool enterObject();
    bool enterArray();
    // Inside an object: the next member's key, its ':' consumed; nullopt at the closing '}' (consumed too)
    // or on an error.
    std::optional<QString> nextKey();
    // Inside an array: whether another element follows; false at the closing ']' (consumed) or an error.
    bool nextElement();
    std::optional<QJsonValue> readValue();
    // After the outermost value: only white space may follow.
    bool finish();

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Bytes consumed so far, for progress.
    qint64 position() const { return m_consumed + m_pos; }

private:
    int peek();
    int get();
    void skipSpace();
    bool expect(char c);
    bool separator(char closing, bool *closed);
    bool rawString(QByteArray *raw);
    bool rawValue(QByteArray *raw);
    std::optional<QJsonValue> parse(const QByteArray &raw);
    bool refill();
    bool fail(const QString &what);

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    // One entry per open container: whether a member was read yet (so the next needs a ',').
    std::vector<bool> m_started;
    QString m_error;
};

} // namespace confab
