#pragma once

#include "mcp/McpServerConfig.h"

#include <QObject>
#include <QQueue>

#include <functional>

namespace confab {

// A server's secrets in the system keychain, one entry per server ("mcp-server/NAME") under the app's
// keychain service. Jobs run one at a time in the order asked, as KeyStore's do, since some keychain backends
// do not cope with overlapping jobs. Callbacks come from the event loop; error is empty on success.
class McpSecretStore : public QObject
{
    Q_OBJECT

public:
    explicit McpSecretStore(QString serviceName, QObject *parent = nullptr);

    void load(const QString &server,
              std::function<void(const McpServerSecrets &, const QString &error)> done);
    void save(const QString &server, const McpServerSecrets &secrets,
              std::function<void(const QString &error)> done);
    void remove(const QString &server, std::function<void(const QString &error)> done);

private:
    void enqueue(std::function<void()> job);
    void next();
    static QString entry(const QString &server);

    QString m_serviceName;
    QQueue<std::function<void()>> m_jobs;
    bool m_running = false;
};

} // namespace confab
