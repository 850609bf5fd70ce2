#pragma once

#include <QList>
#include <QString>

namespace confab {

class Store;

// Reads a JSON export back in. The whole file is checked before anything is written, and the write is one
// transaction, so a malformed or truncated file is refused with the reason and leaves the store unchanged.
class HistoryImporter
{
public:
    explicit HistoryImporter(Store &store);

    bool importJson(const QString &filePath);
    // The ids the imported sessions were given in this store.
    const QList<qint64> &importedSessions() const { return m_imported; }

    QString lastError() const { return m_lastError; }

private:
    Store &m_store;
    QList<qint64> m_imported;
    QString m_lastError;
};

} // namespace confab
