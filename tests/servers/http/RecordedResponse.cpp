#include "RecordedResponse.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace confab::testserver {

QString RecordedResponse::fixturesDir()
{
    return QStringLiteral(CONFAB_PROVIDER_FIXTURES);
}

std::optional<RecordedResponse> RecordedResponse::load(const QString &relativePath)
{
    // Only files inside the fixtures folder: a scenario name comes from a prompt.
    const QString root = QDir(fixturesDir()).canonicalPath();
    const QString path = QFileInfo(root + QLatin1Char('/') + relativePath).canonicalFilePath();
    if (path.isEmpty() || !path.startsWith(root + QLatin1Char('/')))
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    RecordedResponse response;
    response.body = file.readAll();
    const QString name = QFileInfo(path).fileName();
    bool numeric = false;
    const int status = name.left(3).toInt(&numeric);
    if (numeric && name.size() > 4 && name.at(3) == QLatin1Char('-'))
        response.status = status;
    response.contentType = name.endsWith(QLatin1String(".sse")) ? QByteArray("text/event-stream")
                                                                : QByteArray("application/json");
    return response;
}

} // namespace confab::testserver
