#include "mcp/McpSecretStore.h"

#include "keys/KeychainEntry.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace confab {

McpSecretStore::McpSecretStore(QString serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(std::move(serviceName))
{}

QString McpSecretStore::entry(const QString &server)
{
    return QStringLiteral("mcp-server/") + server;
}

void McpSecretStore::enqueue(std::function<void()> job)
{
    m_jobs.enqueue(std::move(job));
    if (!m_running)
        QTimer::singleShot(0, this, &McpSecretStore::next);
}

void McpSecretStore::next()
{
    if (m_running || m_jobs.isEmpty())
        return;
    m_running = true;
    m_jobs.dequeue()();
}

void McpSecretStore::load(const QString &server,
                          std::function<void(const McpServerSecrets &, const QString &)> done)
{
    enqueue([this, server, done = std::move(done)] {
        auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
        job->setAutoDelete(true);
        job->setKey(keychainEntry(m_serviceName, entry(server)));
        connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *finished) {
            auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
            m_running = false;
            QTimer::singleShot(0, this, &McpSecretStore::next);
            if (finished->error() == QKeychain::EntryNotFound)
                done({}, {});
            else if (finished->error() != QKeychain::NoError)
                done({}, finished->errorString());
            else
                done(McpServerSecrets::fromJson(read->binaryData()), {});
        });
        job->start();
    });
}

void McpSecretStore::save(const QString &server, const McpServerSecrets &secrets,
                          std::function<void(const QString &)> done)
{
    enqueue([this, server, json = secrets.toJson(), done = std::move(done)] {
        auto *job = new QKeychain::WritePasswordJob(m_serviceName);
        job->setAutoDelete(true);
        job->setKey(keychainEntry(m_serviceName, entry(server)));
        job->setBinaryData(json);
        connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *finished) {
            m_running = false;
            QTimer::singleShot(0, this, &McpSecretStore::next);
            done(finished->error() == QKeychain::NoError ? QString() : finished->errorString());
        });
        job->start();
    });
}

void McpSecretStore::remove(const QString &server, std::function<void(const QString &)> done)
{
    enqueue([this, server, done = std::move(done)] {
        auto *job = new QKeychain::DeletePasswordJob(m_serviceName);
        job->setAutoDelete(true);
        job->setKey(keychainEntry(m_serviceName, entry(server)));
        connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *finished) {
            m_running = false;
            QTimer::singleShot(0, this, &McpSecretStore::next);
            const bool gone =
                finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
            done(gone ? QString() : finished->errorString());
        });
        job->start();
    });
}

} // namespace confab
