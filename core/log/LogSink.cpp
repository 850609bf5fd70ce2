#include "log/LogSink.h"

#include "log/LogFile.h"
#include "log/SecretRedaction.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QMutex>

#include <cstdio>
#include <memory>

namespace confab {

namespace {

struct SinkState
{
    QMutex mutex;
    std::unique_ptr<LogFile> file;
    QStringList secrets;
    LogEcho echo = LogEcho::Warnings;
    QtMessageHandler previous = nullptr;
};

SinkState &state()
{
    static SinkState sink;
    return sink;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "unknown";
}

bool echoes(LogEcho echo, QtMsgType type)
{
    switch (echo) {
    case LogEcho::Everything:
        return true;
    case LogEcho::Warnings:
        return type != QtDebugMsg && type != QtInfoMsg;
    case LogEcho::Nothing:
        return type == QtCriticalMsg || type == QtFatalMsg;
    }
    return true;
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    SinkState &sink = state();
    QMutexLocker lock(&sink.mutex);
    const QString clean = redactCredentials(redactSecrets(message, sink.secrets));
    const QString category =
        context.category ? QString::fromUtf8(context.category) : QStringLiteral("default");
    const QString line = QStringLiteral("%1 %2 %3: %4\n")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                  QLatin1String(levelName(type)), category, clean);
    if (sink.file)
        sink.file->append(line.toUtf8());
    if (echoes(sink.echo, type)) {
        const QByteArray local = (category + QStringLiteral(": ") + clean + u'\n').toLocal8Bit();
        std::fwrite(local.constData(), 1, static_cast<size_t>(local.size()), stderr);
        std::fflush(stderr);
    }
}

} // namespace

void LogSink::install(const QString &directory, LogEcho echo)
{
    SinkState &sink = state();
    {
        QMutexLocker lock(&sink.mutex);
        sink.file = std::make_unique<LogFile>(QDir(directory).filePath(fileName()));
        sink.echo = echo;
    }
    QtMessageHandler previous = qInstallMessageHandler(handleMessage);
    if (previous != handleMessage)
        sink.previous = previous;
}

void LogSink::uninstall()
{
    SinkState &sink = state();
    qInstallMessageHandler(sink.previous);
    QMutexLocker lock(&sink.mutex);
    sink.file.reset();
    sink.secrets.clear();
}

void LogSink::setSecrets(const QStringList &secrets)
{
    SinkState &sink = state();
    QMutexLocker lock(&sink.mutex);
    sink.secrets = secrets;
}

void LogSink::enableVerbose()
{
    QLoggingCategory::setFilterRules(QStringLiteral("confab.*.debug=true"));
}

QString LogSink::filePath()
{
    SinkState &sink = state();
    QMutexLocker lock(&sink.mutex);
    return sink.file ? sink.file->path() : QString();
}

} // namespace confab
