#pragma once

#include <QList>
#include <QString>

namespace confab {

class Store;

// Writes sessions out for people (Markdown, pictures as files beside it) and for machines (JSON, lossless,
// pictures embedded, read back by HistoryImporter).
class HistoryExporter
{
public:
    explicit HistoryExporter(Store &store);

    // `filePath`'s pictures go into a folder beside it named after the file.
    bool exportSessionMarkdown(qint64 sessionId, const QString &filePath);
    // One Markdown file per session that is not in the trash, pictures in `dir`/images.
    bool exportAllMarkdown(const QString &dir);
    // The given sessions, or every session when the list is empty.
    bool exportJson(const QList<qint64> &sessionIds, const QString &filePath);

    QString lastError() const { return m_lastError; }

private:
    bool writeMarkdown(qint64 sessionId, const QString &filePath, const QString &imagesDir);

    Store &m_store;
    QString m_lastError;
};

} // namespace confab
