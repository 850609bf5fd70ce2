#include "log/LogFile.h"

#include <QDir>
#include <QFileInfo>

namespace confab {

LogFile::LogFile(QString path, qint64 maxBytes, int keep)
    : m_path(std::move(path))
    , m_maxBytes(maxBytes)
    , m_keep(keep)
{}

bool LogFile::ensureOpen()
{
    if (m_file.isOpen())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    // Owner-only: a log names files, models and prompts' sizes, which are nobody else's business.
    const bool opened = m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
    if (opened)
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return opened;
}

void LogFile::rotate()
{
    m_file.close();
    QFile::remove(m_path + QStringLiteral(".%1").arg(m_keep));
    for (int i = m_keep - 1; i >= 1; --i)
        QFile::rename(m_path + QStringLiteral(".%1").arg(i), m_path + QStringLiteral(".%1").arg(i + 1));
    QFile::rename(m_path, m_path + QStringLiteral(".1"));
}

bool LogFile::append(const QByteArray &line)
{
    if (!ensureOpen())
        return false;
    if (m_file.size() > 0 && m_file.size() + line.size() > m_maxBytes) {
        rotate();
        if (!ensureOpen())
            return false;
    }
    const bool written = m_file.write(line) == line.size();
    // Flushed per line: the lines that matter most are the ones written just before a crash.
    m_file.flush();
    return written;
}

QStringList LogFile::tail(const QString &path, int lines)
{
    QFile file(path);
    if (lines <= 0 || !file.open(QIODevice::ReadOnly))
        return {};
    // Lines are short; reading a bounded tail keeps this instant whatever the file's size.
    constexpr qint64 bytesPerLine = 512;
    const qint64 window = std::min<qint64>(file.size(), bytesPerLine * lines);
    file.seek(file.size() - window);
    QStringList all = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (window < file.size() && !all.isEmpty())
        all.removeFirst(); // the first line was cut by the window
    // On Windows the log is written in text mode, with CRLF line ends, so Notepad shows its lines.
    for (QString &line : all) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return all.mid(std::max<qsizetype>(0, all.size() - lines));
}

} // namespace confab
