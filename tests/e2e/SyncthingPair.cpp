#include "SyncthingPair.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>

namespace confab::test {
namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString configXml(const QString &self, const QString &other, quint16 otherPort, quint16 listenPort,
                  quint16 guiPort, const QString &folder)
{
    return QStringLiteral(
               "<configuration version=\"36\">\n"
               "  <folder id=\"confab-sync\" label=\"Confab\" path=\"%1\" type=\"sendreceive\""
               " rescanIntervalS=\"3600\" fsWatcherEnabled=\"true\" fsWatcherDelayS=\"1\">\n"
               "    <device id=\"%2\"></device>\n"
               "    <device id=\"%3\"></device>\n"
               "  </folder>\n"
               "  <device id=\"%2\" name=\"self\"><address>dynamic</address></device>\n"
               "  <device id=\"%3\" name=\"other\"><address>tcp://127.0.0.1:%4</address></device>\n"
               "  <gui enabled=\"true\" tls=\"false\"><address>127.0.0.1:%5</address>"
               "<apikey>confab-test-api-key</apikey></gui>\n"
               "  <options>\n"
               "    <listenAddress>tcp://127.0.0.1:%6</listenAddress>\n"
               "    <globalAnnounceEnabled>false</globalAnnounceEnabled>\n"
               "    <localAnnounceEnabled>false</localAnnounceEnabled>\n"
               "    <relaysEnabled>false</relaysEnabled>\n"
               "    <natEnabled>false</natEnabled>\n"
               "    <urAccepted>-1</urAccepted>\n"
               "    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>\n"
               "    <startBrowser>false</startBrowser>\n"
               "    <crashReportingEnabled>false</crashReportingEnabled>\n"
               "    <reconnectionIntervalS>1</reconnectionIntervalS>\n"
               "  </options>\n"
               "</configuration>\n")
        .arg(folder, self, other)
        .arg(otherPort)
        .arg(guiPort)
        .arg(listenPort);
}

} // namespace

SyncthingPair::SyncthingPair()
    : m_binary(QStandardPaths::findExecutable(QStringLiteral("syncthing")))
{}

SyncthingPair::~SyncthingPair()
{
    for (auto &process : m_processes) {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
            process->waitForFinished(2000);
        }
    }
}

QString SyncthingPair::deviceId(int side, QString *error) const
{
    QProcess process;
    process.start(m_binary, {QStringLiteral("serve"), QStringLiteral("--home=") + home(side),
                             QStringLiteral("--device-id")});
    if (!process.waitForFinished(20000) || process.exitCode() != 0) {
        *error = QStringLiteral("syncthing --device-id failed: %1")
                     .arg(QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QString SyncthingPair::start()
{
    if (m_binary.isEmpty())
        return QStringLiteral("syncthing is not installed");
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    QString ids[2];
    for (int side = 0; side < 2; ++side) {
        QProcess generate;
        generate.start(m_binary,
                       {QStringLiteral("generate"), QStringLiteral("--home=") + home(side),
                        QStringLiteral("--no-default-folder"), QStringLiteral("--skip-port-probing")});
        if (!generate.waitForFinished(30000) || generate.exitCode() != 0)
            return QStringLiteral("syncthing generate failed: %1")
                .arg(QString::fromUtf8(generate.readAllStandardError()));
        QString error;
        ids[side] = deviceId(side, &error);
        if (ids[side].isEmpty())
            return error;
        // The marker tells Syncthing the folder is really there (not an unmounted share).
        QDir().mkpath(folder(side) + QStringLiteral("/.stfolder"));
    }
    const quint16 listen[2] = {freePort(), freePort()};
    for (int side = 0; side < 2; ++side) {
        QFile config(home(side) + QStringLiteral("/config.xml"));
        if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write Syncthing's config");
        config.write(
            configXml(ids[side], ids[1 - side], listen[1 - side], listen[side], freePort(), folder(side))
                .toUtf8());
    }
    for (int side = 0; side < 2; ++side) {
        m_processes[side] = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("STNODEFAULTFOLDER"), QStringLiteral("1"));
        environment.insert(QStringLiteral("STNOUPGRADE"), QStringLiteral("1"));
        m_processes[side]->setProcessEnvironment(environment);
        m_processes[side]->setProcessChannelMode(QProcess::MergedChannels);
        m_processes[side]->setStandardOutputFile(
            m_dir.filePath(QStringLiteral("syncthing-%1.log").arg(side)));
        m_processes[side]->start(m_binary, {QStringLiteral("serve"), QStringLiteral("--home=") + home(side),
                                            QStringLiteral("--no-browser"), QStringLiteral("--no-restart"),
                                            QStringLiteral("--no-upgrade")});
        if (!m_processes[side]->waitForStarted(10000))
            return QStringLiteral("syncthing did not start: %1").arg(m_processes[side]->errorString());
    }
    return {};
}

} // namespace confab::test
