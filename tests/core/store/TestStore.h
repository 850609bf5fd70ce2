#pragma once

#include "store/Store.h"

#include <QByteArray>
#include <QColor>
#include <QTemporaryDir>

#include <cmath>
#include <memory>

namespace confab::test {

// A real store in a throw-away folder, opened and ready.
class TestStore
{
public:
    TestStore();

    Store &store() { return *m_store; }
    Store *operator->() { return m_store.get(); }
    QString folder() const { return m_dir.path(); }
    StoreLocation location() const { return StoreLocation::inFolder(m_dir.path()); }

    // Closes and reopens the same files, as a restart of the app would.
    OpenResult reopen();

    Session newSession(const QString &title = QStringLiteral("A chat"));
    Message addMessage(qint64 sessionId, MessageRole role, const QString &content,
                       MessageStatus status = MessageStatus::Completed);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

// Equal up to rounding of sums of money.
inline bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

// Bytes of a small PNG (or other format) picture of one colour.
QByteArray imageBytes(QColor colour, int width = 40, int height = 30, const char *format = "PNG");

} // namespace confab::test
