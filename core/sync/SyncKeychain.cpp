#include "sync/SyncKeychain.h"

#include "keys/KeyStore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace confab::synckeychain {
namespace {

QString entry(const QString &deviceId, const QString &folderId)
{
    return QStringLiteral("sync-folder/%1/%2").arg(deviceId, folderId);
}

// Runs a keychain job to its end on this thread.
void runToEnd(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}

} // namespace

std::optional<QByteArray> read(const QString &deviceId, const QString &folderId)
{
    QKeychain::ReadPasswordJob job(KeyStore::defaultServiceName());
    job.setKey(entry(deviceId, folderId));
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return std::nullopt;
    return QByteArray::fromBase64(job.textData().toLatin1());
}

bool write(const QString &deviceId, const QString &folderId, const QByteArray &key)
{
    QKeychain::WritePasswordJob job(KeyStore::defaultServiceName());
    job.setKey(entry(deviceId, folderId));
    job.setTextData(QString::fromLatin1(key.toBase64()));
    runToEnd(job);
    return job.error() == QKeychain::NoError;
}

} // namespace confab::synckeychain
