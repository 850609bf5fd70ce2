#include "sync/SyncService.h"

#include "settings/Settings.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "sync/SyncFolder.h"

#include <QDir>
#include <QFileInfo>

namespace confab {

// Lives on the worker thread, where it creates (and keeps) the engine and so the engine's connection.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString databasePath, QString imagesDir, QString keychainService)
        : m_databasePath(std::move(databasePath))
        , m_imagesDir(std::move(imagesDir))
        , m_keychainService(std::move(keychainService))
    {}

    void run(const QString &folder, const QString &newName, const std::shared_ptr<std::atomic_bool> &cancel)
    {
        if (!m_engine)
            m_engine = std::make_unique<SyncEngine>(m_databasePath, m_imagesDir, m_keychainService);
        if (!newName.isEmpty())
            m_engine->setDeviceName(newName);
        emit finished(m_engine->runRound(folder, {[this](int done, int total) {
                                                      if (total > 1)
                                                          emit progress(done, total);
                                                  },
                                                  [cancel] { return cancel->load(); }}));
    }
    void stop() { m_engine.reset(); }
    void passphrase(const QString &folder, const QString &passphrase, bool change)
    {
        if (!m_engine)
            m_engine = std::make_unique<SyncEngine>(m_databasePath, m_imagesDir, m_keychainService);
        const QString error = change ? m_engine->changePassphrase(folder, passphrase)
                              : m_engine->needsPassphrase(folder)
                                  ? m_engine->unlockFolder(folder, passphrase)
                                  : m_engine->encryptFolder(folder, passphrase);
        emit passphraseDone(error);
    }

signals:
    void finished(const confab::SyncReport &report);
    void progress(int done, int total);
    void passphraseDone(const QString &error);

private:
    QString m_databasePath;
    QString m_imagesDir;
    QString m_keychainService;
    std::unique_ptr<SyncEngine> m_engine;
};

SyncService::SyncService(Store *store, Settings *settings, const QString &keychainService, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_worker(new SyncWorker(store->location().databasePath, store->location().imagesDir, keychainService))
{
    qRegisterMetaType<SyncReport>();
    m_thread.setObjectName(QStringLiteral("confab-sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::finished, this, &SyncService::onRoundFinished);
    connect(m_worker, &SyncWorker::progress, this, &SyncService::roundProgress);
    connect(m_worker, &SyncWorker::passphraseDone, this, [this](const QString &error) {
        emit passphraseDone(error);
        if (error.isEmpty())
            requestRound();
    });
    m_thread.start();

    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &SyncService::startRound);
    m_periodic.setInterval(PeriodicRoundMs);
    connect(&m_periodic, &QTimer::timeout, this, &SyncService::requestRound);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &SyncService::requestRound);

    // Local writes go out soon after they land; finished answers are what matters, so status changes do.
    connect(store->sessions(), &SessionStore::sessionAdded, this, &SyncService::requestRound);
    connect(store->sessions(), &SessionStore::sessionChanged, this, &SyncService::requestRound);
    connect(store->sessions(), &SessionStore::sessionRemoved, this, &SyncService::requestRound);
    connect(store->messages(), &MessageStore::messageAdded, this, &SyncService::requestRound);
    connect(store->messages(), &MessageStore::branchChanged, this, &SyncService::requestRound);
    connect(store->messages(), &MessageStore::messageChanged, this,
            [this](qint64, qint64, MessageChanges changes) {
                if (changes.testFlag(MessageChange::Status))
                    requestRound();
            });
    // Another connection's writes go out too when they left something to publish (the CLI's chat); a batch
    // this service's own worker applied from another device leaves nothing, and asks for no further round.
    connect(store->changes(), &ChangeFeed::batchRead, this, [this] {
        if (hasUnpublished())
            requestRound();
    });
    if (isEnabled()) {
        m_periodic.start();
        requestRound();
    }
}

SyncService::~SyncService()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString SyncService::folder() const
{
    return m_settings->value(SettingKey::SyncFolder).toString();
}

void SyncService::setFolder(const QString &folder)
{
    m_settings->setValue(SettingKey::SyncFolder, folder);
    m_plainChosen = false;
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (folder.isEmpty()) {
        m_periodic.stop();
    } else {
        m_periodic.start();
        requestRound();
    }
    emit folderChanged(folder);
}

void SyncService::requestRound()
{
    if (isEnabled())
        m_settle.start();
}

void SyncService::setDeviceName(const QString &name)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, folder = folder(), name, cancel = m_cancel] {
        worker->run(folder, name, cancel);
    });
}

void SyncService::usePassphrase(const QString &passphrase)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, folder = folder(), passphrase] {
        worker->passphrase(folder, passphrase, false);
    });
}

void SyncService::changePassphrase(const QString &passphrase)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, folder = folder(), passphrase] {
        worker->passphrase(folder, passphrase, true);
    });
}

void SyncService::cancelRound()
{
    m_cancel->store(true);
}

void SyncService::choosePlain()
{
    m_plainChosen = true;
    requestRound();
}

void SyncService::startRound()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (!m_plainChosen && SyncEngine::isNewFolder(folder())) {
        SyncReport waiting = m_lastReport;
        waiting.completed = false;
        waiting.needsPassphrase = true;
        waiting.encrypted = false;
        waiting.error =
            tr("choose a passphrase to encrypt the new sync folder, or sync it without encryption");
        onRoundFinished(waiting);
        return;
    }
    m_running = true;
    m_cancel->store(false);
    emit roundStarted();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, folder = folder(), cancel = m_cancel] {
        worker->run(folder, {}, cancel);
    });
}

void SyncService::onRoundFinished(const SyncReport &report)
{
    m_running = false;
    m_lastReport = report;
    watch();
    emit roundFinished(report);
    if (m_again) {
        m_again = false;
        requestRound();
    }
}

bool SyncService::hasUnpublished() const
{
    return sql::scalar(m_store->database().connection(),
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_outbox)"))
        .toBool();
}

void SyncService::watch()
{
    // Segments land in the devices' own folders, so those are watched as well as the top.
    const QString root = folder();
    if (root.isEmpty())
        return;
    QStringList wanted{root, root + QStringLiteral("/devices"), root + QStringLiteral("/images")};
    for (const QString &device : SyncFolder(root).devices())
        wanted << SyncFolder(root).deviceDir(device);
    QStringList missing;
    for (const QString &path : wanted) {
        if (QFileInfo(path).isDir() && !m_watcher.directories().contains(path))
            missing << path;
    }
    if (!missing.isEmpty())
        m_watcher.addPaths(missing);
}

} // namespace confab

#include "SyncService.moc"
