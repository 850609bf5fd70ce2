#pragma once

#include "store/HistoryFormat.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace confab {

class Store;
struct Message;

// Writes sessions out for people (Markdown, pictures as files beside it) and for machines (a folder with a
// lossless JSON file and the pictures as files, read back by HistoryImporter). The JSON is written while it
// is read, a page of messages at a time, so memory does not grow with the history.
class HistoryExporter
{
public:
    explicit HistoryExporter(Store &store);

    // `filePath`'s pictures go into a folder beside it named after the file.
    bool exportSessionMarkdown(qint64 sessionId, const QString &filePath);
    // One Markdown file per session that is not in the trash, pictures in `dir`/images.
    bool exportAllMarkdown(const QString &dir);
    // The given sessions, or every session when the list is empty, into `folder` (history::JsonFileName and
    // history::ImagesFolder). A failure or a cancel through `progress` leaves no history file behind and
    // removes the pictures this export copied.
    bool exportJson(const QList<qint64> &sessionIds, const QString &folder,
                    const history::Progress &progress = {});
    bool wasCancelled() const { return m_cancelled; }

    QString lastError() const { return m_lastError; }

private:
    bool writeMarkdown(qint64 sessionId, const QString &filePath, const QString &imagesDir);
    bool writeJson(const QList<qint64> &sessionIds, QIODevice &file, const QString &imagesDir,
                   const history::Progress &progress, QStringList *copiedImages);
    bool copyImages(const Message &message, const QString &imagesDir, QStringList *copiedImages);
    QList<qint64> allSessionIds() const;
    qint64 messageCount(const QList<qint64> &sessionIds) const;

    Store &m_store;
    QString m_lastError;
    bool m_cancelled = false;
};

} // namespace confab
