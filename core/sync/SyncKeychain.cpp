#include "sync/SyncKeychain.h"

#include "keys/KeychainEntry.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <qt6keychain/keychain.h>

#include <chrono>
#include <functional>
#include <future>
#include <memory>

namespace confab::synckeychain {
namespace {

QString entry(const QString &deviceId, const QString &folderId)
{
    return QStringLiteral("sync-folder/%1/%2").arg(deviceId, folderId);
}

struct Outcome
{
    bool ok = false;
    QString text;
};

Outcome outcomeOf(QKeychain::Job *done)
{
    const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done);
    return {done->error() == QKeychain::NoError, read ? read->textData() : QString()};
}

// How long a round waits for the keychain (which may be asking the user to unlock it) before going on
// without it.
constexpr auto KeychainWait = std::chrono::seconds(30);

// Runs a keychain job to its end. QtKeychain's jobs belong to the application's main thread (its backends
// queue them there), so a sync worker hands the job over and waits; the main thread itself (the CLI) waits
// in a local event loop. The job deletes itself when done: a backend may still call into it after it reports.
Outcome run(const std::function<QKeychain::Job *()> &make)
{
    auto promise = std::make_shared<std::promise<Outcome>>();
    std::future<Outcome> future = promise->get_future();
    const auto start = [make, promise] {
        QKeychain::Job *job = make();
        QObject::connect(job, &QKeychain::Job::finished, job,
                         [promise](QKeychain::Job *done) { promise->set_value(outcomeOf(done)); });
        job->setAutoDelete(true);
        job->start();
    };
    if (QThread::currentThread() == QCoreApplication::instance()->thread()) {
        QEventLoop loop;
        start();
        while (future.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
            loop.processEvents(QEventLoop::WaitForMoreEvents);
        return future.get();
    }
    QMetaObject::invokeMethod(QCoreApplication::instance(), start, Qt::QueuedConnection);
    if (future.wait_for(KeychainWait) != std::future_status::ready)
        return {};
    return future.get();
}

} // namespace

std::optional<QByteArray> read(const QString &service, const QString &deviceId, const QString &folderId)
{
    // Copies, not references: a job the worker stopped waiting for may still start later.
    const Outcome outcome = run([service, deviceId, folderId] {
        auto *job = new QKeychain::ReadPasswordJob(service);
        job->setKey(keychainEntry(service, entry(deviceId, folderId)));
        return job;
    });
    if (!outcome.ok)
        return std::nullopt;
    return QByteArray::fromBase64(outcome.text.toLatin1());
}

bool write(const QString &service, const QString &deviceId, const QString &folderId, const QByteArray &key)
{
    return run([service, deviceId, folderId, key] {
               auto *job = new QKeychain::WritePasswordJob(service);
               job->setKey(keychainEntry(service, entry(deviceId, folderId)));
               job->setTextData(QString::fromLatin1(key.toBase64()));
               return job;
           })
        .ok;
}

} // namespace confab::synckeychain
