#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

namespace confab {

// An append-only text log that rotates by size: confab.log, then confab.log.1 … confab.log.<keep>, so a
// long-lived install never holds more than (keep + 1) × maxBytes of logs. Not thread-safe on its own; LogSink
// serialises.
class LogFile
{
public:
    static constexpr qint64 DefaultMaxBytes = 1024 * 1024;
    static constexpr int DefaultKeep = 3;

    explicit LogFile(QString path, qint64 maxBytes = DefaultMaxBytes, int keep = DefaultKeep);

    QString path() const { return m_path; }
    bool append(const QByteArray &line);

    // The last lines of the current file, oldest first; reads only the file's tail.
    static QStringList tail(const QString &path, int lines);

private:
    bool ensureOpen();
    void rotate();

    QString m_path;
    qint64 m_maxBytes;
    int m_keep;
    QFile m_file;
};

} // namespace confab
