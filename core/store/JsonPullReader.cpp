#include "store/JsonPullReader.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace confab {

namespace {
constexpr qint64 ChunkSize = 256 * 1024;
} // namespace

JsonPullReader::JsonPullReader(QIODevice *device)
    : m_device(device)
{}

bool JsonPullReader::refill()
{
    m_consumed += m_pos;
    m_buffer = m_device->read(ChunkSize);
    m_pos = 0;
    return !m_buffer.isEmpty();
}

int JsonPullReader::peek()
{
    if (m_pos >= m_buffer.size() && !refill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

int JsonPullReader::get()
{
    const int c = peek();
    if (c >= 0)
        ++m_pos;
    return c;
}

void JsonPullReader::skipSpace()
{
    for (int c = peek(); c == ' ' || c == '\n' || c == '\r' || c == '\t'; c = peek())
        ++m_pos;
}

bool JsonPullReader::fail(const QString &what)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1 at byte %2").arg(what).arg(position());
    return false;
}

bool JsonPullReader::expect(char c)
{
    if (failed())
        return false;
    skipSpace();
    const int got = peek();
    if (got != c)
        return fail(got < 0 ? QStringLiteral("the file ends early")
                            : QStringLiteral("expected '%1'").arg(QLatin1Char(c)));
    ++m_pos;
    return true;
}

bool JsonPullReader::enterObject()
{
    if (!expect('{'))
        return false;
    m_started.push_back(false);
    return true;
}

bool JsonPullReader::enterArray()
{
    if (!expect('['))
        return false;
    m_started.push_back(false);
    return true;
}

bool JsonPullReader::separator(char closing, bool *closed)
{
    *closed = false;
    if (failed() || m_started.empty())
        return fail(QStringLiteral("a member outside any object or array"));
    skipSpace();
    if (peek() == closing) {
        ++m_pos;
        m_started.pop_back();
        *closed = true;
        return true;
    }
    if (m_started.back() && !expect(','))
        return false;
    m_started.back() = true;
    return true;
}

std::optional<QString> JsonPullReader::nextKey()
{
    bool closed = false;
    if (!separator('}', &closed) || closed)
        return std::nullopt;
    skipSpace();
    QByteArray raw;
    if (!rawString(&raw) || !expect(':'))
        return std::nullopt;
    const auto value = parse(raw);
    if (!value || !value->isString()) {
        fail(QStringLiteral("a malformed key"));
        return std::nullopt;
    }
    return value->toString();
}

bool JsonPullReader::nextElement()
{
    bool closed = false;
    return separator(']', &closed) && !closed;
}

bool JsonPullReader::rawString(QByteArray *raw)
{
    if (peek() != '"')
        return fail(QStringLiteral("expected a string"));
    raw->append(char(get()));
    for (;;) {
        const int c = get();
        if (c < 0)
            return fail(QStringLiteral("the file ends inside a string"));
        raw->append(char(c));
        if (c == '"')
            return true;
        if (c == '\\') {
            const int escaped = get();
            if (escaped < 0)
                return fail(QStringLiteral("the file ends inside a string"));
            raw->append(char(escaped));
        }
    }
}

bool JsonPullReader::rawValue(QByteArray *raw)
{
    skipSpace();
    const int first = peek();
    if (first < 0)
        return fail(QStringLiteral("the file ends early"));
    if (first == '"')
        return rawString(raw);
    if (first != '{' && first != '[') {
        // A number, true, false or null: everything up to the next delimiter.
        for (int c = peek(); c >= 0 && !QByteArrayView(",}] \n\r\t").contains(char(c)); c = peek())
            raw->append(char(get()));
        return true;
    }
    int depth = 0;
    do {
        const int c = peek();
        if (c < 0)
            return fail(QStringLiteral("the file ends early"));
        if (c == '"') {
            if (!rawString(raw))
                return false;
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
        raw->append(char(get()));
    } while (depth > 0);
    return true;
}

std::optional<QJsonValue> JsonPullReader::parse(const QByteArray &raw)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + raw + ']', &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1) {
        fail(QStringLiteral("invalid JSON (%1)").arg(error.errorString()));
        return std::nullopt;
    }
    return document.array().first();
}

std::optional<QJsonValue> JsonPullReader::readValue()
{
    if (failed())
        return std::nullopt;
    QByteArray raw;
    if (!rawValue(&raw))
        return std::nullopt;
    return parse(raw);
}

bool JsonPullReader::finish()
{
    skipSpace();
    if (peek() >= 0)
        return fail(QStringLiteral("unexpected text after the document"));
    return !failed();
}

} // namespace confab
