#include "keys/KeyStore.h"

#include "keys/EnvironmentKeys.h"
#include "keys/KeychainEntry.h"
#include "keys/KeychainErrors.h"
#include "log/LogCategories.h"
#include "log/SecretRedaction.h"

#include <QCoreApplication>
#include <QTimer>

namespace confab {

namespace {
// What was being done to the key, to complete "The system keychain refused to …" and "Could not …".
QString actionPhrase(Provider provider, const char *action)
{
    return QCoreApplication::translate("KeyStore", action).arg(providerDisplayName(provider));
}
} // namespace

QString KeyStore::defaultServiceName()
{
    return QStringLiteral("Confab");
}

KeyStore::KeyStore(QObject *parent)
    : KeyStore(defaultServiceName(), QProcessEnvironment::systemEnvironment(), parent)
{}

KeyStore::KeyStore(const QString &serviceName, const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_serviceName(serviceName)
{
    for (Provider provider : allProviders)
        m_entries[provider].fromEnvironment = keyFromEnvironment(provider, environment);
}

KeyStore::~KeyStore() = default;

bool KeyStore::isBusy() const
{
    return m_jobRunning || !m_pending.isEmpty();
}

void KeyStore::load()
{
    if (m_loading)
        return;
    m_loading = true;
    m_loaded = false;
    // Loading again is the way to retry a keychain that was missing, e.g. after the user started one.
    m_keychainUnavailable = false;
    m_keychainMessage.clear();
    for (Provider provider : allProviders) {
        Entry &entry = m_entries[provider];
        entry.keychainKnown = !entry.fromEnvironment.isEmpty();
        if (!entry.keychainKnown)
            enqueue({Action::Read, provider, {}});
    }
    // With every key in the environment there is nothing to read, but loaded() still arrives asynchronously,
    // so callers can connect after calling load().
    if (m_pending.isEmpty())
        QTimer::singleShot(0, this, &KeyStore::finishLoadIfComplete);
}

QString KeyStore::key(Provider provider) const
{
    const Entry entry = m_entries.value(provider);
    if (!entry.fromEnvironment.isEmpty())
        return entry.fromEnvironment;
    if (!entry.forSession.isEmpty())
        return entry.forSession;
    return entry.fromKeychain;
}

KeySource KeyStore::source(Provider provider) const
{
    const Entry entry = m_entries.value(provider);
    if (!entry.fromEnvironment.isEmpty())
        return KeySource::Environment;
    if (!entry.forSession.isEmpty())
        return KeySource::Session;
    if (!entry.fromKeychain.isEmpty())
        return KeySource::Keychain;
    return KeySource::None;
}

QString KeyStore::maskedKey(Provider provider) const
{
    return maskKey(key(provider));
}

void KeyStore::save(Provider provider, const QString &key)
{
    enqueue({Action::Write, provider, key.trimmed()});
}

void KeyStore::remove(Provider provider)
{
    setSessionKey(provider, {});
    enqueue({Action::Delete, provider, {}});
}

void KeyStore::setSessionKey(Provider provider, const QString &key)
{
    const QString before = this->key(provider);
    m_entries[provider].forSession = key.trimmed();
    if (this->key(provider) != before)
        Q_EMIT keyChanged(provider);
}

QStringList KeyStore::secrets() const
{
    QStringList all;
    for (const Entry &entry : m_entries) {
        for (const QString &secret : {entry.fromEnvironment, entry.fromKeychain, entry.forSession}) {
            if (secret.isEmpty())
                continue;
            all.append(secret);
            if (secret.contains(QLatin1Char(':')))
                all.append(secret.split(QLatin1Char(':'), Qt::SkipEmptyParts));
        }
    }
    all.removeDuplicates();
    return all;
}

void KeyStore::enqueue(Operation operation)
{
    m_pending.enqueue(std::move(operation));
    scheduleNext();
}

// Jobs always start from a fresh event-loop turn: never inside a caller's stack, never inside another job's
// finished handler.
void KeyStore::scheduleNext()
{
    if (m_nextScheduled || m_jobRunning)
        return;
    m_nextScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_nextScheduled = false;
        runNext();
    });
}

void KeyStore::runNext()
{
    if (m_jobRunning || m_pending.isEmpty())
        return;
    const Operation operation = m_pending.dequeue();
    if (m_keychainUnavailable) {
        skipWithoutKeychain(operation);
        scheduleNext();
        return;
    }
    if (operation.action == Action::Write && operation.value.isEmpty()) {
        Q_EMIT failed(operation.provider, QCoreApplication::translate("KeyStore", "Paste your %1 key first.")
                                              .arg(providerDisplayName(operation.provider)));
        scheduleNext();
        return;
    }
    // Windows' Credential Manager holds at most 2,560 bytes a secret (CRED_MAX_CREDENTIAL_BLOB_SIZE) and
    // fails with a bare "invalid parameter" above that. A real key is under 200 characters, so a paste this
    // long is a mistake (a whole file, a log), refused with the same words on every system.
    static constexpr qsizetype maxKeyBytes = 2560;
    if (operation.action == Action::Write && operation.value.toUtf8().size() > maxKeyBytes) {
        Q_EMIT failed(operation.provider,
                      QCoreApplication::translate(
                          "KeyStore", "This is too long to be an API key for %1. Copy the key alone.")
                          .arg(providerDisplayName(operation.provider)));
        scheduleNext();
        return;
    }
    startJob(operation);
}

void KeyStore::startJob(const Operation &operation)
{
    QKeychain::Job *job = nullptr;
    const QString entryName = providerKeychainEntry(operation.provider);
    switch (operation.action) {
    case Action::Read:
        job = new QKeychain::ReadPasswordJob(m_serviceName);
        break;
    case Action::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_serviceName);
        write->setTextData(operation.value);
        job = write;
        break;
    }
    case Action::Delete:
        job = new QKeychain::DeletePasswordJob(m_serviceName);
        break;
    }
    // The job is not our child: a backend may still call back into it after this store is gone, so it deletes
    // itself when done, and the context object drops the result if we no longer exist.
    job->setAutoDelete(true);
    job->setKey(keychainEntry(m_serviceName, entryName));
    m_jobRunning = true;
    connect(job, &QKeychain::Job::finished, this, [this, operation](QKeychain::Job *done) {
        const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done);
        finishJob(operation, done->error(), done->errorString(), read ? read->textData() : QString());
    });
    job->start();
}

void KeyStore::finishJob(const Operation &operation, int error, const QString &detail, const QString &text)
{
    m_jobRunning = false;
    // Backend messages never carry the secret itself, but they are shown to people and may be logged, so they
    // pass through the same redaction as everything else, including the key being saved.
    const QString safeDetail = redactSecrets(detail, secrets() << operation.value);
    static constexpr const char *actionNames[] = {"read", "write", "delete"};
    qCInfo(lcKeys).noquote() << "keychain" << actionNames[static_cast<int>(operation.action)]
                             << providerDisplayName(operation.provider)
                             << (error == 0 ? QStringLiteral("ok") : safeDetail);
    switch (operation.action) {
    case Action::Read:
        finishRead(operation, error, safeDetail, text);
        break;
    case Action::Write:
        finishWrite(operation, error, safeDetail);
        break;
    case Action::Delete:
        finishDelete(operation, error, safeDetail);
        break;
    }
    scheduleNext();
}

void KeyStore::finishRead(const Operation &operation, int error, const QString &detail, const QString &text)
{
    switch (classifyKeychainResult(static_cast<QKeychain::Error>(error))) {
    case KeychainOutcome::Done:
        updateKeychainKey(operation.provider, text.trimmed());
        break;
    case KeychainOutcome::NotFound:
        updateKeychainKey(operation.provider, {});
        break;
    case KeychainOutcome::Unavailable:
        markUnavailable(detail);
        break;
    case KeychainOutcome::Denied:
        Q_EMIT failed(operation.provider,
                      keychainDeniedMessage(actionPhrase(operation.provider,
                                                         QT_TRANSLATE_NOOP("KeyStore", "read your %1 key"))));
        break;
    case KeychainOutcome::Failed:
        Q_EMIT failed(
            operation.provider,
            keychainFailedMessage(
                actionPhrase(operation.provider, QT_TRANSLATE_NOOP("KeyStore", "read your %1 key")), detail));
        break;
    }
    markReadKnown(operation.provider);
}

void KeyStore::finishWrite(const Operation &operation, int error, const QString &detail)
{
    switch (classifyKeychainResult(static_cast<QKeychain::Error>(error))) {
    case KeychainOutcome::Done:
        updateKeychainKey(operation.provider, operation.value);
        Q_EMIT saved(operation.provider);
        break;
    case KeychainOutcome::Unavailable:
        markUnavailable(detail);
        Q_EMIT failed(operation.provider, m_keychainMessage);
        break;
    case KeychainOutcome::Denied:
        Q_EMIT failed(operation.provider,
                      keychainDeniedMessage(actionPhrase(operation.provider,
                                                         QT_TRANSLATE_NOOP("KeyStore", "save your %1 key"))));
        break;
    case KeychainOutcome::NotFound:
    case KeychainOutcome::Failed:
        Q_EMIT failed(
            operation.provider,
            keychainFailedMessage(
                actionPhrase(operation.provider, QT_TRANSLATE_NOOP("KeyStore", "save your %1 key")), detail));
        break;
    }
}

void KeyStore::finishDelete(const Operation &operation, int error, const QString &detail)
{
    switch (classifyKeychainResult(static_cast<QKeychain::Error>(error))) {
    case KeychainOutcome::Done:
    case KeychainOutcome::NotFound:
        updateKeychainKey(operation.provider, {});
        Q_EMIT removed(operation.provider);
        break;
    case KeychainOutcome::Unavailable:
        markUnavailable(detail);
        Q_EMIT failed(operation.provider, m_keychainMessage);
        break;
    case KeychainOutcome::Denied:
        Q_EMIT failed(operation.provider,
                      keychainDeniedMessage(actionPhrase(
                          operation.provider, QT_TRANSLATE_NOOP("KeyStore", "remove your %1 key"))));
        break;
    case KeychainOutcome::Failed:
        Q_EMIT failed(operation.provider,
                      keychainFailedMessage(actionPhrase(operation.provider,
                                                         QT_TRANSLATE_NOOP("KeyStore", "remove your %1 key")),
                                            detail));
        break;
    }
}

// Once the keychain is known to be missing, later jobs would only fail the same way (and on some systems only
// after a D-Bus timeout), so they end at once with the same message.
void KeyStore::skipWithoutKeychain(const Operation &operation)
{
    switch (operation.action) {
    case Action::Read:
        markReadKnown(operation.provider);
        break;
    case Action::Write:
        Q_EMIT failed(operation.provider, m_keychainMessage);
        break;
    case Action::Delete:
        // The session key, the only copy there can be, was already forgotten by remove().
        Q_EMIT removed(operation.provider);
        break;
    }
}

void KeyStore::markUnavailable(const QString &detail)
{
    if (m_keychainUnavailable)
        return;
    m_keychainUnavailable = true;
    m_keychainMessage = keychainUnavailableMessage(detail);
    Q_EMIT keychainUnavailable(m_keychainMessage);
}

void KeyStore::markReadKnown(Provider provider)
{
    m_entries[provider].keychainKnown = true;
    finishLoadIfComplete();
}

void KeyStore::finishLoadIfComplete()
{
    if (!m_loading)
        return;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.keychainKnown)
            return;
    }
    m_loading = false;
    m_loaded = true;
    Q_EMIT loaded();
}

void KeyStore::updateKeychainKey(Provider provider, const QString &value)
{
    Entry &entry = m_entries[provider];
    const QString before = key(provider);
    entry.fromKeychain = value;
    if (key(provider) != before)
        Q_EMIT keyChanged(provider);
}

} // namespace confab
