#include "IntegrityMarker.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace confab {

namespace {
QJsonObject fileStamp(const QString &path)
{
    const QFileInfo info(path);
    return {{QStringLiteral("size"), info.size()},
            {QStringLiteral("modified"), info.lastModified().toMSecsSinceEpoch()}};
}
} // namespace

IntegrityMarker::IntegrityMarker(QString databasePath)
    : m_databasePath(std::move(databasePath))
{}

void IntegrityMarker::consume()
{
    m_cleanClose = false;
    m_lastCheck = {};
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject marker = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    file.remove();
    const QJsonObject now = fileStamp(m_databasePath);
    m_cleanClose = marker.value(QStringLiteral("size")) == now.value(QStringLiteral("size")) &&
                   marker.value(QStringLiteral("modified")) == now.value(QStringLiteral("modified"));
    m_lastCheck =
        QDateTime::fromString(marker.value(QStringLiteral("checked")).toString(), Qt::ISODateWithMs);
}

bool IntegrityMarker::checkNeeded(const QDateTime &now) const
{
    return !m_cleanClose || !m_lastCheck.isValid() || m_lastCheck.daysTo(now) >= RecheckDays;
}

void IntegrityMarker::writeAfterCleanClose() const
{
    QJsonObject marker = fileStamp(m_databasePath);
    if (m_lastCheck.isValid())
        marker.insert(QStringLiteral("checked"), m_lastCheck.toString(Qt::ISODateWithMs));
    QSaveFile file(path());
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(marker).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

} // namespace confab
