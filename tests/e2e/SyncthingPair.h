#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace confab::test {

// Two real Syncthing instances on loopback sharing one folder: each with its own home, GUI/API and listen
// address on 127.0.0.1 random ports, discovery, relays, NAT and usage reporting off, configured through
// config.xml.
class SyncthingPair
{
public:
    SyncthingPair();
    ~SyncthingPair();

    // Empty when both run; otherwise why Syncthing cannot run here (the test then skips).
    QString start();

    QString folder(int side) const
    {
        return m_dir.filePath(side == 0 ? QStringLiteral("folder-a") : QStringLiteral("folder-b"));
    }
    QString root() const { return m_dir.path(); }

private:
    QString home(int side) const
    {
        return m_dir.filePath(side == 0 ? QStringLiteral("home-a") : QStringLiteral("home-b"));
    }
    QString deviceId(int side, QString *error) const;

    QTemporaryDir m_dir;
    QString m_binary;
    std::unique_ptr<QProcess> m_processes[2];
};

} // namespace confab::test
