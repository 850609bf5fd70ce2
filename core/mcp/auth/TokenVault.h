#pragma once

#include <QByteArray>
#include <QObject>
#include <QQueue>
#include <QString>

#include <functional>
#include <optional>

namespace confab {

// The keychain entries of MCP logins, one per server ("mcp-oauth <server URL>" under the app's keychain
// service). Jobs run one at a time in the order asked, as KeyStore does, since some backends do not cope with
// concurrent jobs. A failed read is "nothing stored": the user signs in again.
class TokenVault : public QObject
{
    Q_OBJECT
public:
    explicit TokenVault(const QString &serviceName, QObject *parent = nullptr);

    void read(const QString &serverKey, std::function<void(std::optional<QByteArray>)> done);
    void write(const QString &serverKey, const QByteArray &value, std::function<void(bool ok)> done = {});
    void remove(const QString &serverKey, std::function<void(bool ok)> done = {});

private:
    struct Job
    {
        enum Kind
        {
            Read,
            Write,
            Delete
        } kind;
        QString key;
        QByteArray value;
        std::function<void(bool ok, const QByteArray &data)> done;
    };
    void enqueue(Job job);
    void runNext();

    QString m_serviceName;
    QQueue<Job> m_jobs;
    bool m_running = false;
};

} // namespace confab
