#include "mcp/auth/TokenVault.h"

#include "keys/KeychainEntry.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace confab {

TokenVault::TokenVault(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(serviceName)
{}

void TokenVault::read(const QString &serverKey, std::function<void(std::optional<QByteArray>)> done)
{
    enqueue({Job::Read, serverKey, {}, [done](bool ok, const QByteArray &data) {
                 done(ok && !data.isEmpty() ? std::optional<QByteArray>(data) : std::nullopt);
             }});
}

void TokenVault::write(const QString &serverKey, const QByteArray &value, std::function<void(bool)> done)
{
    enqueue({Job::Write, serverKey, value, [done](bool ok, const QByteArray &) {
                 if (done)
                     done(ok);
             }});
}

void TokenVault::remove(const QString &serverKey, std::function<void(bool)> done)
{
    enqueue({Job::Delete, serverKey, {}, [done](bool ok, const QByteArray &) {
                 if (done)
                     done(ok);
             }});
}

void TokenVault::enqueue(Job job)
{
    m_jobs.enqueue(std::move(job));
    if (!m_running)
        runNext();
}

void TokenVault::runNext()
{
    if (m_jobs.isEmpty()) {
        m_running = false;
        return;
    }
    m_running = true;
    const Job job = m_jobs.dequeue();
    QKeychain::Job *keychainJob = nullptr;
    switch (job.kind) {
    case Job::Read:
        keychainJob = new QKeychain::ReadPasswordJob(m_serviceName);
        break;
    case Job::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_serviceName);
        write->setBinaryData(job.value);
        keychainJob = write;
        break;
    }
    case Job::Delete:
        keychainJob = new QKeychain::DeletePasswordJob(m_serviceName);
        break;
    }
    keychainJob->setAutoDelete(true);
    keychainJob->setKey(keychainEntry(m_serviceName, QStringLiteral("mcp-oauth ") + job.key));
    connect(keychainJob, &QKeychain::Job::finished, this, [this, job](QKeychain::Job *finished) {
        const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
        job.done(finished->error() == QKeychain::NoError, read ? read->binaryData() : QByteArray());
        // The next job starts from the event loop, never inside a backend's finished handler.
        QTimer::singleShot(0, this, &TokenVault::runNext);
    });
    keychainJob->start();
}

} // namespace confab
