#pragma once

#include "TestStore.h"
#include "sync/SyncEngine.h"

#include <QString>

namespace confab::test {

// A real store plus its sync engine: one "machine" in a sync test.
class SyncedDevice
{
public:
    SyncedDevice();

    Store *operator->() { return &m_store.store(); }
    Store &store() { return m_store.store(); }
    TestStore &fixture() { return m_store; }
    SyncEngine &engine() { return m_engine; }
    SyncReport sync(const QString &folder) { return m_engine.runRound(folder); }

    // The whole history in a form that is equal on two devices exactly when they hold the same chats:
    // global ids, merged fields and messages in their synced order, with nothing device-local.
    QString canonicalDump();
    qint64 sessionId(const QString &gid);
    QString gidOfSession(qint64 id);

private:
    TestStore m_store;
    SyncEngine m_engine;
};

} // namespace confab::test
