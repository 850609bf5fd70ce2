#include "store/HistoryExporter.h"

#include "store/HistoryFormat.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace confab {
namespace {

constexpr int PageSize = 1000;

QList<Message> allMessages(MessageStore *messages, qint64 sessionId)
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

QJsonObject imageToJson(const MessageImage &image)
{
    return {{QStringLiteral("hash"), image.hash},   {QStringLiteral("role"), toString(image.role)},
            {QStringLiteral("width"), image.width}, {QStringLiteral("height"), image.height},
            {QStringLiteral("mime"), image.mime},   {QStringLiteral("position"), image.position}};
}

QJsonObject messageToJson(const Message &message)
{
    QJsonArray images;
    for (const MessageImage &image : message.images)
        images.append(imageToJson(image));
    return {{QStringLiteral("id"), message.id},
            {QStringLiteral("role"), toString(message.role)},
            {QStringLiteral("content"), message.content},
            {QStringLiteral("content_type"), toString(message.contentType)},
            {QStringLiteral("status"), toString(message.status)},
            {QStringLiteral("created_at"), message.createdAt.toMSecsSinceEpoch()},
            {QStringLiteral("metadata"), message.metadata.toJson()},
            {QStringLiteral("images"), images}};
}

QJsonObject sessionToJson(const Session &session, const QJsonArray &messages)
{
    return {{QStringLiteral("id"), session.id},
            {QStringLiteral("title"), session.title},
            {QStringLiteral("type"), toString(session.type)},
            {QStringLiteral("status"), toString(session.status)},
            {QStringLiteral("created_at"), session.createdAt.toMSecsSinceEpoch()},
            {QStringLiteral("updated_at"), session.updatedAt.toMSecsSinceEpoch()},
            {QStringLiteral("model"), session.model},
            {QStringLiteral("system_prompt"), session.systemPrompt},
            {QStringLiteral("pinned"), session.pinned},
            {QStringLiteral("messages"), messages}};
}

} // namespace

HistoryExporter::HistoryExporter(Store &store)
    : m_store(store)
{}

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

    for (const Message &message : allMessages(m_store.messages(), sessionId)) {
        text += QStringLiteral("## %1 · %2\n\n")
                    .arg(speaker(message), message.createdAt.toLocalTime().toString(Qt::ISODate));
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
        if (message.status == MessageStatus::Failed)
            text += QCoreApplication::translate("HistoryExporter", "_Failed: %1_\n\n")
                        .arg(message.metadata.error);
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

bool HistoryExporter::exportJson(const QList<qint64> &sessionIds, const QString &filePath)
{
    QList<qint64> ids = sessionIds;
    if (ids.isEmpty()) {
        for (auto status : {SessionStatus::Active, SessionStatus::Archived, SessionStatus::Deleted}) {
            for (const Session &session : m_store.sessions()->list(status))
                ids << session.id;
        }
    }
    QJsonArray sessions;
    QJsonObject images;
    for (qint64 id : std::as_const(ids)) {
        const auto session = m_store.sessions()->get(id);
        if (!session) {
            m_lastError = QCoreApplication::translate("HistoryExporter", "There is no session %1.").arg(id);
            return false;
        }
        QJsonArray messages;
        for (const Message &message : allMessages(m_store.messages(), id)) {
            messages.append(messageToJson(message));
            for (const MessageImage &image : message.images) {
                if (images.contains(image.hash))
                    continue;
                const QByteArray bytes = m_store.images()->bytes(image.hash);
                if (bytes.isEmpty()) {
                    m_lastError =
                        QCoreApplication::translate("HistoryExporter", "The image %1 is missing from %2.")
                            .arg(image.hash, m_store.images()->imagesDir());
                    return false;
                }
                images.insert(image.hash,
                              QJsonObject{{QStringLiteral("mime"), image.mime},
                                          {QStringLiteral("data"), QString::fromLatin1(bytes.toBase64())}});
            }
        }
        sessions.append(sessionToJson(*session, messages));
    }
    const QJsonObject root{
        {QStringLiteral("format"), QString(history::FormatName)},
        {QStringLiteral("version"), history::FormatVersion},
        {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("images"), images}};
    return writeFile(filePath, QJsonDocument(root).toJson(QJsonDocument::Indented), &m_lastError);
}

} // namespace confab
