#pragma once

#include "domain/Message.h"
#include "store/HistoryFormat.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>
#include <tuple>

namespace confab {

class JsonPullReader;
class Store;
struct Message;

// Reads a JSON export back in: a version 2 folder (or its history.json) or a version 1 single file. The file
// is read a session and a message at a time, each checked as it comes, and everything is written in one
// transaction: a malformed or truncated file, a full disk or a cancel leaves the store exactly as it was.
class HistoryImporter
{
public:
    explicit HistoryImporter(Store &store);

    bool importJson(const QString &path, const history::Progress &progress = {});
    // The ids the imported sessions were given in this store.
    const QList<qint64> &importedSessions() const { return m_imported; }
    bool wasCancelled() const { return m_cancelled; }

    QString lastError() const { return m_lastError; }

private:
    bool readDocument(JsonPullReader &reader);
    bool readImages(JsonPullReader &reader);
    bool readSession(JsonPullReader &reader);
    bool insertSession(const QJsonObject &fields, qint64 *sessionId);
    bool insertMessage(qint64 sessionId, const Message &message, const QString &where);
    bool ensureImage(const QString &hash, const QString &mime, const QString &where);
    bool ensureDocument(const AttachedDocument &document, const QString &where);
    bool fail(const QString &reason);
    bool tick(JsonPullReader &reader);
    bool linkParentsLater();
    // The statement, prepared on first use and kept for the rest of the import.
    QSqlQuery *prepared(std::optional<QSqlQuery> &statement, const QString &sql);

    Store &m_store;
    QString m_imagesDir;
    QString m_documentsDir;
    history::Progress m_progress;
    qint64 m_total = 0;
    bool m_sawFormat = false;
    std::optional<int> m_version;
    // Files this import added to the image and document stores, removed again when it fails.
    QStringList m_written;
    QStringList m_writtenDocuments;
    // The session being read: its messages' ids in the file mapped to the new ones, and the last one written.
    QHash<qint64, qint64> m_newIds;
    qint64 m_previousId = 0;
    // Messages written before their parent: (new id, parent's id in the file, where in the file).
    QList<std::tuple<qint64, qint64, QString>> m_parentsLater;
    QList<qint64> m_imported;
    std::optional<QSqlQuery> m_insertMessage;
    std::optional<QSqlQuery> m_insertImage;
    QString m_lastError;
    bool m_cancelled = false;
};

} // namespace confab
