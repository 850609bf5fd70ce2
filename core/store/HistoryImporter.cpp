#include "store/HistoryImporter.h"

#include "common/ContentHash.h"
#include "documents/DocumentPreparation.h"
#include "domain/Message.h"
#include "domain/Session.h"
#include "store/HistoryRecords.h"
#include "store/JsonPullReader.h"
#include "store/MessageRecord.h"
#include "store/SessionRecord.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace confab {

HistoryImporter::HistoryImporter(Store &store)
    : m_store(store)
{}

bool HistoryImporter::fail(const QString &reason)
{
    if (m_lastError.isEmpty())
        m_lastError = reason;
    return false;
}

bool HistoryImporter::tick(JsonPullReader &reader)
{
    if (m_progress && !m_progress(reader.position(), m_total)) {
        m_cancelled = true;
        return fail(QStringLiteral("the import was cancelled"));
    }
    return true;
}

bool HistoryImporter::importJson(const QString &path, const history::Progress &progress)
{
    m_imported.clear();
    m_written.clear();
    m_writtenDocuments.clear();
    m_lastError.clear();
    m_cancelled = false;
    m_sawFormat = false;
    m_version.reset();
    m_progress = progress;
    const QString filePath = QFileInfo(path).isDir() ? path + QLatin1Char('/') + history::JsonFileName : path;
    m_imagesDir = QFileInfo(filePath).absolutePath() + QLatin1Char('/') + history::ImagesFolder;
    m_documentsDir = QFileInfo(filePath).absolutePath() + QLatin1Char('/') + history::DocumentsFolder;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = QCoreApplication::translate("HistoryImporter", "%1 could not be opened: %2.")
                          .arg(filePath, file.errorString());
        return false;
    }
    m_total = file.size();

    QSqlDatabase db = m_store.database().connection();
    bool saved = false;
    // One transaction holds the whole import; a bigger page cache spills it to the WAL far less often
    // (a sixth faster for 100,000 messages), for 64 MB while the import runs.
    const QVariant cacheSize = sql::scalar(db, QStringLiteral("PRAGMA cache_size"));
    sql::run(db, QStringLiteral("PRAGMA cache_size = -65536"));
    if (!db.transaction()) {
        fail(QCoreApplication::translate("HistoryImporter", "the history could not start a transaction"));
    } else {
        JsonPullReader reader(&file);
        saved = readDocument(reader);
        // The statements kept for the whole import go before the transaction ends.
        m_insertMessage.reset();
        m_insertImage.reset();
        saved = saved && db.commit();
        if (!saved) {
            fail(QCoreApplication::translate("HistoryImporter",
                                             "the history could not be written (is the disk full?)"));
            db.rollback();
        }
    }
    sql::run(db, QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize.toInt()));
    if (!saved) {
        for (const QString &hash : std::as_const(m_written))
            QFile::remove(m_store.images()->pathFor(hash));
        for (const QString &hash : std::as_const(m_writtenDocuments))
            QFile::remove(m_store.documents()->pathFor(hash));
        m_imported.clear();
        m_lastError = QCoreApplication::translate("HistoryImporter", "%1 was not imported: %2.")
                          .arg(QFileInfo(filePath).fileName(), m_lastError);
        return false;
    }
    return true;
}

bool HistoryImporter::readDocument(JsonPullReader &reader)
{
    const auto syntax = [&] {
        return fail(
            QStringLiteral("the file is not valid JSON (%1); it may be truncated").arg(reader.error()));
    };
    if (!reader.enterObject())
        return syntax();
    while (const auto key = reader.nextKey()) {
        if (*key == QStringLiteral("sessions")) {
            if (!m_sawFormat)
                return fail(QStringLiteral("it is not a Confab history export"));
            if (!reader.enterArray())
                return syntax();
            while (reader.nextElement()) {
                if (!readSession(reader))
                    return reader.failed() ? syntax() : false;
            }
        } else if (*key == QStringLiteral("images")) {
            if (!readImages(reader))
                return reader.failed() ? syntax() : false;
        } else {
            const auto value = reader.readValue();
            if (!value)
                return syntax();
            if (*key == QStringLiteral("format")) {
                if (value->toString() != history::FormatName)
                    return fail(QStringLiteral("it is not a Confab history export"));
                m_sawFormat = true;
            } else if (*key == QStringLiteral("version")) {
                const int version = value->toInt();
                if (version < 1 || version > history::FormatVersion)
                    return fail(QStringLiteral("it has format version %1, and this Confab reads up to %2")
                                    .arg(version)
                                    .arg(history::FormatVersion));
                m_version = version;
            }
        }
    }
    if (reader.failed() || !reader.finish())
        return syntax();
    if (!m_sawFormat || !m_version)
        return fail(QStringLiteral("it is not a Confab history export"));
    return tick(reader);
}

// Version 1 kept every picture in the file, as base64 under its SHA-256; they come before the sessions.
bool HistoryImporter::readImages(JsonPullReader &reader)
{
    if (!reader.enterObject())
        return false;
    while (const auto hash = reader.nextKey()) {
        const auto value = reader.readValue();
        if (!value)
            return false;
        const QByteArray data =
            QByteArray::fromBase64(value->toObject().value(QStringLiteral("data")).toString().toLatin1());
        const QString actual = contentHash(data);
        if (data.isEmpty() || actual != *hash)
            return fail(QStringLiteral("the image %1 is damaged").arg(*hash));
        if (m_store.images()->contains(actual))
            continue;
        const StoredImage stored = m_store.images()->store(data);
        if (!stored.ok())
            return fail(QStringLiteral("the image %1 was refused: %2").arg(*hash, stored.error));
        m_written << stored.hash;
        if (!tick(reader))
            return false;
    }
    return !reader.failed();
}

bool HistoryImporter::readSession(JsonPullReader &reader)
{
    if (!reader.enterObject())
        return false;
    QJsonObject fields;
    qint64 sessionId = 0;
    bool sawMessages = false;
    // Messages that came before all of their session's fields (key order is free in JSON) wait here.
    QList<Message> waiting;
    while (const auto key = reader.nextKey()) {
        if (*key != QStringLiteral("messages")) {
            const auto value = reader.readValue();
            if (!value)
                return false;
            fields.insert(*key, *value);
            continue;
        }
        sawMessages = true;
        if (sessionId == 0 && history::hasSessionFields(fields) && !insertSession(fields, &sessionId))
            return false;
        const QString where =
            QStringLiteral("session %1").arg(fields.value(QStringLiteral("id")).toInteger());
        if (!reader.enterArray())
            return false;
        while (reader.nextElement()) {
            const auto value = reader.readValue();
            if (!value)
                return false;
            const auto message = history::messageFromJson(value->toObject(), where, &m_lastError);
            if (!message)
                return false;
            if (sessionId == 0)
                waiting << *message;
            else if (!insertMessage(sessionId, *message, where) || !tick(reader))
                return false;
        }
        if (reader.failed())
            return false;
    }
    if (reader.failed())
        return false;
    if (!sawMessages)
        return fail(QStringLiteral("session %1 has no messages list")
                        .arg(fields.value(QStringLiteral("id")).toInteger()));
    if (sessionId == 0 && !insertSession(fields, &sessionId))
        return false;
    const QString where = QStringLiteral("session %1").arg(fields.value(QStringLiteral("id")).toInteger());
    for (const Message &message : std::as_const(waiting)) {
        if (!insertMessage(sessionId, message, where))
            return false;
    }
    return linkParentsLater() && tick(reader);
}

bool HistoryImporter::linkParentsLater()
{
    for (const auto &[messageId, fileParent, where] : std::as_const(m_parentsLater)) {
        const qint64 parent = m_newIds.value(fileParent);
        if (parent == 0)
            return fail(
                QStringLiteral("%1 names a parent %2 that is not in its session").arg(where).arg(fileParent));
        if (!sql::run(m_store.database().connection(),
                      QStringLiteral("UPDATE messages SET parent_id = ? WHERE id = ?"), {parent, messageId},
                      &m_lastError))
            return false;
    }
    m_parentsLater.clear();
    return true;
}

bool HistoryImporter::insertSession(const QJsonObject &fields, qint64 *sessionId)
{
    const auto session = history::sessionFromJson(fields, &m_lastError);
    if (!session)
        return false;
    auto query = sql::run(m_store.database().connection(),
                          QStringLiteral("INSERT INTO chat_sessions (%1) VALUES (%2)")
                              .arg(records::sessionWrittenColumns(), records::sessionPlaceholders()),
                          records::sessionValues(*session), &m_lastError);
    if (!query)
        return false;
    *sessionId = query->lastInsertId().toLongLong();
    m_imported << *sessionId;
    m_newIds.clear();
    m_parentsLater.clear();
    m_previousId = 0;
    return true;
}

bool HistoryImporter::ensureImage(const QString &hash, const QString &mime, const QString &where)
{
    if (m_store.images()->contains(hash))
        return true;
    const QString file =
        m_imagesDir + QLatin1Char('/') + hash + QLatin1Char('.') + fileExtensionForMime(mime);
    if (!QFileInfo::exists(file))
        return fail(QStringLiteral("%1 refers to the image %2, which is not in the export").arg(where, hash));
    const StoredImage stored = m_store.images()->storeFile(file);
    if (!stored.ok() || stored.hash != hash) {
        if (stored.ok())
            QFile::remove(m_store.images()->pathFor(stored.hash));
        return fail(QStringLiteral("the image %1 is damaged").arg(hash));
    }
    m_written << hash;
    return true;
}

bool HistoryImporter::ensureDocument(const AttachedDocument &document, const QString &where)
{
    if (m_store.documents()->contains(document.hash))
        return true;
    QFile file(m_documentsDir + QLatin1Char('/') + document.hash);
    // The export is outside input: the file must be the size the record says, within what Confab attaches,
    // and hash to its name.
    const DocumentLimits limits;
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1 refers to the document %2, which is not in the export")
                        .arg(where, document.hash));
    if (file.size() != document.size || file.size() > std::max(limits.maxPdfBytes, limits.maxTextBytes))
        return fail(QStringLiteral("the document %1 is not the size its record says").arg(document.hash));
    PreparedDocument prepared;
    prepared.ok = true;
    prepared.name = document.name;
    prepared.type = {document.isPdf() ? DocumentKind::Pdf : DocumentKind::Text, document.mime};
    prepared.bytes = file.readAll();
    prepared.pages = document.pages;
    QString error;
    const auto stored = m_store.documents()->store(prepared, &error);
    if (!stored)
        return fail(error);
    if (stored->hash != document.hash) {
        QFile::remove(m_store.documents()->pathFor(stored->hash));
        return fail(QStringLiteral("the document %1 is damaged").arg(document.hash));
    }
    m_writtenDocuments << stored->hash;
    return true;
}

QSqlQuery *HistoryImporter::prepared(std::optional<QSqlQuery> &statement, const QString &sql)
{
    if (!statement) {
        statement.emplace(m_store.database().connection());
        if (!statement->prepare(sql)) {
            m_lastError = statement->lastError().text();
            statement.reset();
            return nullptr;
        }
    }
    return &*statement;
}

bool HistoryImporter::insertMessage(qint64 sessionId, const Message &m, const QString &sessionWhere)
{
    const QString where = QStringLiteral("message %1 in %2").arg(m.id).arg(sessionWhere);
    // The file's ids become new ones; a parent is always written before its replies.
    qint64 parent = m.parentId == history::FollowsPrevious ? m_previousId : 0;
    // A parent further down the file (a store filled by sync can hold a reply older by id than its
    // question) is linked when the session's messages are all in.
    const bool parentLater = m.parentId > 0 && !m_newIds.contains(m.parentId);
    if (m.parentId > 0)
        parent = m_newIds.value(m.parentId);
    const QSqlDatabase db = m_store.database().connection();
    QSqlQuery *inserted = prepared(
        m_insertMessage, QStringLiteral("INSERT INTO messages (%1, session_id, created_at, parent_id)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                             .arg(records::messageContentColumns()));
    if (!inserted ||
        !sql::exec(*inserted,
                   records::messageContent(m) + QVariantList{sessionId, sql::toEpochMs(m.createdAt),
                                                             parent > 0 ? QVariant(parent) : QVariant()},
                   &m_lastError))
        return false;
    const qint64 messageId = inserted->lastInsertId().toLongLong();
    if (parentLater)
        m_parentsLater << std::tuple{messageId, m.parentId, where};
    m_newIds.insert(m.id, messageId);
    m_previousId = messageId;
    for (const MessageImage &image : m.images) {
        if (!ensureImage(image.hash, image.mime, where))
            return false;
        QSqlQuery *insertImage = prepared(
            m_insertImage,
            QStringLiteral("INSERT INTO message_images (message_id, %1) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .arg(records::imageColumns()));
        if (!insertImage ||
            !sql::exec(*insertImage, QVariantList{messageId} + records::imageValues(image), &m_lastError))
            return false;
    }
    for (const AttachedDocument &document : m.documents) {
        if (!ensureDocument(document, where))
            return false;
        if (!sql::run(
                db,
                QStringLiteral("INSERT INTO message_documents (message_id, hash, name, mime, size, pages,"
                               " position) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {messageId, document.hash, document.name, document.mime, document.size, document.pages,
                 document.position},
                &m_lastError))
            return false;
    }
    return true;
}

} // namespace confab
