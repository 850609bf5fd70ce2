#include "store/HistoryExporter.h"

#include "store/HistoryFormat.h"
#include "store/HistoryRecords.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>

namespace confab {
namespace {

constexpr int PageSize = 1000;

// The branch on screen, which reads as one conversation; the JSON file keeps every branch.
QList<Message> visibleMessages(MessageStore *messages, qint64 sessionId)
{
    QList<Message> all;
    qint64 before = 0;
    for (;;) {
        QList<Message> page = messages->page(sessionId, before, PageSize);
        if (page.isEmpty())
            break;
        before = page.first().id;
        page.append(all);
        all = std::move(page);
    }
    return all;
}

QString slug(const QString &title)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString name = title.toLower().replace(unsafe, QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.left(60).isEmpty() ? QStringLiteral("chat") : name.left(60);
}

QString speaker(const Message &message)
{
    switch (message.role) {
    case MessageRole::User:
        return QCoreApplication::translate("HistoryExporter", "You");
    case MessageRole::System:
        return QCoreApplication::translate("HistoryExporter", "System");
    case MessageRole::Assistant:
        break;
    }
    return message.metadata.model.isEmpty()
               ? QCoreApplication::translate("HistoryExporter", "Assistant")
               : QCoreApplication::translate("HistoryExporter", "Assistant (%1)").arg(message.metadata.model);
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("HistoryExporter", "Could not write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

// Writes everything or reports the first failure; a full disk shows up as a short write.
bool writeAll(QIODevice &file, const QByteArray &bytes)
{
    return file.write(bytes) == bytes.size();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

HistoryExporter::HistoryExporter(Store &store)
    : m_store(store)
{}

namespace {

// The pages a web-searched answer cites, numbered as in the window. Titles come from the web: what Markdown
// would read as markup or HTML is escaped, and the address goes in angle brackets, which nothing in an
// encoded URL can close.
QString markdownSources(const QList<Citation> &citations)
{
    if (citations.isEmpty())
        return {};
    QString text = QCoreApplication::translate("HistoryExporter", "Sources:") + QStringLiteral("\n\n");
    for (qsizetype i = 0; i < citations.size(); ++i) {
        QString title = citations.at(i).title;
        title.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'[', QStringLiteral("\\["))
            .replace(u']', QStringLiteral("\\]"))
            .replace(u'<', QStringLiteral("&lt;"));
        text += QStringLiteral("%1. %2 <%3>\n").arg(i + 1).arg(title, citations.at(i).url);
    }
    return text + u'\n';
}

// The tools an answer called, each with its arguments and what it returned, in fenced blocks: the text came
// from a server and must not become Markdown of the export.
QString markdownToolCalls(const QList<ToolCallRecord> &calls)
{
    QString text;
    for (const ToolCallRecord &call : calls) {
        const QString result =
            call.state == ToolCallRecord::State::Done ? call.resultText : call.textForModel();
        QString fence = QStringLiteral("```");
        while (result.contains(fence) || call.arguments.contains(fence))
            fence += u'`';
        text += QCoreApplication::translate("HistoryExporter", "Tool %1 of %2 (%3, %4 ms):")
                    .arg(call.tool, call.server, toString(call.state))
                    .arg(call.durationMs) +
                QStringLiteral("\n\n%1json\n%2\n%1\n\n%1\n%3\n%1\n\n").arg(fence, call.arguments, result);
    }
    return text;
}

} // namespace

bool HistoryExporter::writeMarkdown(qint64 sessionId, const QString &filePath, const QString &imagesDir)
{
    const auto session = m_store.sessions()->get(sessionId);
    if (!session) {
        m_lastError =
            QCoreApplication::translate("HistoryExporter", "There is no session %1.").arg(sessionId);
        return false;
    }
    const QDir fileDir = QFileInfo(filePath).absoluteDir();
    QString text =
        QStringLiteral("# %1\n\n")
            .arg(session->title.isEmpty() ? QCoreApplication::translate("HistoryExporter", "Untitled chat")
                                          : session->title);
    text += QCoreApplication::translate("HistoryExporter", "_Started %1_\n\n")
                .arg(session->createdAt.toLocalTime().toString(Qt::ISODate));
    if (!session->systemPrompt.isEmpty())
        text += QCoreApplication::translate("HistoryExporter", "> System prompt: %1\n\n")
                    .arg(session->systemPrompt);

    for (const Message &message : visibleMessages(m_store.messages(), sessionId)) {
        text += QStringLiteral("## %1 · %2\n\n")
                    .arg(speaker(message), message.createdAt.toLocalTime().toString(Qt::ISODate));
        if (!message.reasoning.isEmpty()) {
            // A collapsed block, as the app shows it: readable where Markdown renders, out of the way.
            text += QStringLiteral("<details>\n<summary>Thinking</summary>\n\n") + message.reasoning +
                    QStringLiteral("\n\n</details>\n\n");
        }
        if (!message.content.isEmpty())
            text += message.content + QStringLiteral("\n\n");
        for (const MessageImage &image : message.images) {
            const QString name = image.hash + QLatin1Char('.') + fileExtensionForMime(image.mime);
            const QString target = imagesDir + QLatin1Char('/') + name;
            if (!QFileInfo::exists(target)) {
                QDir().mkpath(imagesDir);
                if (!QFile::copy(m_store.images()->pathFor(image.hash), target)) {
                    m_lastError =
                        QCoreApplication::translate("HistoryExporter", "Could not copy the image %1 to %2.")
                            .arg(image.hash, target);
                    return false;
                }
            }
            text += QStringLiteral("![%1 image %2](%3)\n\n")
                        .arg(toString(image.role))
                        .arg(image.position + 1)
                        .arg(fileDir.relativeFilePath(target));
        }
        text += markdownToolCalls(message.metadata.toolCalls);
        text += markdownSources(message.metadata.citations);
        if (message.status == MessageStatus::Failed)
            text += QCoreApplication::translate("HistoryExporter", "_Failed: %1_\n\n")
                        .arg(message.metadata.error);
        else if (message.status == MessageStatus::Stopped)
            text += QCoreApplication::translate("HistoryExporter", "_Stopped before the end._\n\n");
        else if (message.status == MessageStatus::Interrupted)
            text += QCoreApplication::translate(
                "HistoryExporter", "_Interrupted: Confab closed before the answer was complete._\n\n");
    }
    return writeFile(filePath, text.toUtf8(), &m_lastError);
}

bool HistoryExporter::exportSessionMarkdown(qint64 sessionId, const QString &filePath)
{
    const QFileInfo info(filePath);
    return writeMarkdown(sessionId, filePath,
                         info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                             QStringLiteral("_images"));
}

bool HistoryExporter::exportAllMarkdown(const QString &dir)
{
    for (auto status : {SessionStatus::Active, SessionStatus::Archived}) {
        for (const Session &session : m_store.sessions()->list(status)) {
            const QString path = dir + QStringLiteral("/%1-%2.md").arg(session.id).arg(slug(session.title));
            if (!writeMarkdown(session.id, path, dir + QStringLiteral("/images")))
                return false;
        }
    }
    return true;
}

QList<qint64> HistoryExporter::allSessionIds() const
{
    QList<qint64> ids;
    auto query =
        sql::run(m_store.database().connection(), QStringLiteral("SELECT id FROM chat_sessions ORDER BY id"));
    while (query && query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

qint64 HistoryExporter::messageCount(const QList<qint64> &sessionIds) const
{
    if (sessionIds.isEmpty())
        return sql::scalar(m_store.database().connection(), QStringLiteral("SELECT count(*) FROM messages"))
            .toLongLong();
    qint64 total = 0;
    for (qint64 id : sessionIds)
        total += m_store.messages()->count(id);
    return total;
}

bool HistoryExporter::exportJson(const QList<qint64> &sessionIds, const QString &folder,
                                 const history::Progress &progress)
{
    m_cancelled = false;
    m_lastError.clear();
    const QString imagesDir = folder + QLatin1Char('/') + history::ImagesFolder;
    if (!QDir().mkpath(imagesDir)) {
        m_lastError = QStringLiteral("Could not create the folder %1.").arg(imagesDir);
        return false;
    }
    QSaveFile file(folder + QLatin1Char('/') + history::JsonFileName);
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = QStringLiteral("Could not write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    // One read transaction: the export is a consistent snapshot even while the app goes on writing.
    QSqlDatabase db = m_store.database().connection();
    const bool snapshot = db.transaction();
    QStringList copiedImages;
    const bool written = writeJson(sessionIds, file, imagesDir, progress, &copiedImages);
    if (snapshot)
        db.commit();
    if (!written || !file.commit()) {
        if (written)
            m_lastError = QStringLiteral("Could not write %1: %2").arg(file.fileName(), file.errorString());
        file.cancelWriting();
        for (const QString &path : std::as_const(copiedImages))
            QFile::remove(path);
        QDir().rmdir(imagesDir);
        QDir().rmdir(folder);
        return false;
    }
    return true;
}

bool HistoryExporter::writeJson(const QList<qint64> &sessionIds, QIODevice &file, const QString &imagesDir,
                                const history::Progress &progress, QStringList *copiedImages)
{
    const QList<qint64> ids = sessionIds.isEmpty() ? allSessionIds() : sessionIds;
    const qint64 total = messageCount(sessionIds);
    qint64 done = 0;
    QByteArray header =
        compact({{QStringLiteral("format"), QString(history::FormatName)},
                 {QStringLiteral("version"), history::FormatVersion},
                 {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    header.chop(1);
    const auto writeFailed = [&] {
        m_lastError = QStringLiteral("Could not write %1 (is the disk full?).").arg(imagesDir);
        return false;
    };
    if (!writeAll(file, header + ",\"sessions\":["))
        return writeFailed();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto session = m_store.sessions()->get(ids.at(i));
        if (!session) {
            m_lastError =
                QCoreApplication::translate("HistoryExporter", "There is no session %1.").arg(ids.at(i));
            return false;
        }
        // The session's fields come before its messages, so an import can write the session first and then
        // take the messages one at a time.
        QByteArray head = compact(history::sessionToJson(*session));
        head.chop(1);
        if (!writeAll(file, (i > 0 ? ",\n" : "\n") + head + ",\"messages\":["))
            return writeFailed();
        qint64 after = 0;
        bool first = true;
        for (;;) {
            const QList<Message> page = m_store.messages()->pageAfter(session->id, after, PageSize);
            if (page.isEmpty())
                break;
            after = page.last().id;
            for (const Message &message : page) {
                if (!copyImages(message, imagesDir, copiedImages))
                    return false;
                if (!writeAll(file, (first ? "\n" : ",\n") + compact(history::messageToJson(message))))
                    return writeFailed();
                first = false;
                if (progress && !progress(++done, total)) {
                    m_cancelled = true;
                    m_lastError = QCoreApplication::translate(
                        "HistoryExporter", "The export was cancelled; nothing was written.");
                    return false;
                }
            }
        }
        if (!writeAll(file, "]}"))
            return writeFailed();
    }
    if (!writeAll(file, "\n]}\n"))
        return writeFailed();
    return true;
}

bool HistoryExporter::copyImages(const Message &message, const QString &imagesDir, QStringList *copiedImages)
{
    for (const MessageImage &image : message.images) {
        const QString target =
            imagesDir + QLatin1Char('/') + image.hash + QLatin1Char('.') + fileExtensionForMime(image.mime);
        if (QFileInfo::exists(target))
            continue;
        const QString source = m_store.images()->pathFor(image.hash);
        if (!QFileInfo::exists(source)) {
            m_lastError = QStringLiteral("The image %1 is missing from %2.")
                              .arg(image.hash, m_store.images()->imagesDir());
            return false;
        }
        if (!QFile::copy(source, target)) {
            m_lastError = QStringLiteral("Could not copy the image %1 to %2.").arg(image.hash, target);
            return false;
        }
        *copiedImages << target;
    }
    const QString documentsDir =
        QFileInfo(imagesDir).absolutePath() + QLatin1Char('/') + history::DocumentsFolder;
    for (const AttachedDocument &document : message.documents) {
        const QString target = documentsDir + QLatin1Char('/') + document.hash;
        if (QFileInfo::exists(target))
            continue;
        const QString source = m_store.documents()->pathFor(document.hash);
        if (!QFileInfo::exists(source)) {
            m_lastError = QStringLiteral("The document %1 (%2) is missing from %3.")
                              .arg(document.name, document.hash, m_store.documents()->documentsDir());
            return false;
        }
        if (!QDir().mkpath(documentsDir) || !QFile::copy(source, target)) {
            m_lastError = QStringLiteral("Could not copy the document %1 to %2.").arg(document.name, target);
            return false;
        }
        *copiedImages << target;
    }
    return true;
}

} // namespace confab
