#pragma once

#include "keys/Provider.h"

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QQueue>
#include <QString>
#include <QStringList>

namespace confab {

// Where the key in use for a provider came from.
enum class KeySource
{
    None,
    Environment,
    Keychain,
    Session,
};

// Holds the OpenRouter and fal keys. They live in the OS keychain (QtKeychain); OPENROUTER_API_KEY and
// FAL_KEY in the environment override it. Without a keychain, keys can only be given for the current run
// (setSessionKey) and stay in memory: there is no plaintext fallback.
//
// Keychain jobs run one at a time in the order asked; a job is never started from another job's finished
// handler, since some backends do not cope with re-entrant jobs. Every save() ends in exactly one of saved()
// or failed(); every remove() in removed() or failed(); load() ends in loaded().
class KeyStore : public QObject
{
    Q_OBJECT

public:
    static QString defaultServiceName();

    // The app's keys, under the "Confab" service, with the process environment.
    explicit KeyStore(QObject *parent = nullptr);
    // Keys under another keychain service (tests use a throw-away one) with the given environment.
    KeyStore(const QString &serviceName, const QProcessEnvironment &environment, QObject *parent = nullptr);
    ~KeyStore() override;

    QString serviceName() const { return m_serviceName; }

    // Reads both keys from the keychain, unless the environment already gives them; emits loaded() when
    // known.
    void load();
    bool isLoaded() const { return m_loaded; }
    // True while keychain jobs are queued or running.
    bool isBusy() const;

    QString key(Provider provider) const;
    bool hasKey(Provider provider) const { return !key(provider).isEmpty(); }
    KeySource source(Provider provider) const;
    QString maskedKey(Provider provider) const;

    // Stores the key in the keychain. A key from the environment still wins while it is set. Without a
    // keychain this fails with keychainMessage(); the caller can then offer setSessionKey().
    void save(Provider provider, const QString &key);
    // Deletes the keychain entry and forgets any key given for this session.
    void remove(Provider provider);
    // Keeps a key for this run only, for desktops without a keychain. An empty key forgets it.
    void setSessionKey(Provider provider, const QString &key);

    bool isKeychainUnavailable() const { return m_keychainUnavailable; }
    // Why the keychain cannot be used, for the settings page and the send button's tooltip.
    QString keychainMessage() const { return m_keychainMessage; }

    // Every key this store knows, and the halves of an "id:secret" key, for redactSecrets().
    QStringList secrets() const;

Q_SIGNALS:
    void loaded();
    void keyChanged(confab::Provider provider);
    void saved(confab::Provider provider);
    void removed(confab::Provider provider);
    void failed(confab::Provider provider, const QString &message);
    void keychainUnavailable(const QString &message);

private:
    enum class Action
    {
        Read,
        Write,
        Delete,
    };
    struct Operation
    {
        Action action;
        Provider provider;
        QString value;
    };
    struct Entry
    {
        QString fromEnvironment;
        QString fromKeychain;
        QString forSession;
        bool keychainKnown = false;
    };

    void enqueue(Operation operation);
    void scheduleNext();
    void runNext();
    void startJob(const Operation &operation);
    void finishJob(const Operation &operation, int error, const QString &detail, const QString &text);
    void finishRead(const Operation &operation, int error, const QString &detail, const QString &text);
    void finishWrite(const Operation &operation, int error, const QString &detail);
    void finishDelete(const Operation &operation, int error, const QString &detail);
    void skipWithoutKeychain(const Operation &operation);
    void markUnavailable(const QString &detail);
    void markReadKnown(Provider provider);
    void finishLoadIfComplete();
    void updateKeychainKey(Provider provider, const QString &value);

    QString m_serviceName;
    QHash<Provider, Entry> m_entries;
    QQueue<Operation> m_pending;
    bool m_jobRunning = false;
    bool m_nextScheduled = false;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_keychainUnavailable = false;
    QString m_keychainMessage;
};

} // namespace confab
