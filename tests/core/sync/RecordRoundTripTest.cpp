#include "SyncedDevice.h"
#include "catch.h"
#include "store/HistoryExporter.h"
#include "store/HistoryImporter.h"
#include "store/Sql.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace confab;

// Every column of a session, a message and an image link must survive an export and import and a sync
// round: each table's columns are read from the schema itself, so a column added later without being
// carried (or without a value here) fails these tests rather than being dropped silently on the way.

namespace {

// Columns that name a row in one store only: the copy gets its own.
const QStringList LocalIds{QStringLiteral("id"), QStringLiteral("session_id"), QStringLiteral("parent_id"),
                           QStringLiteral("message_id")};

struct Table
{
    QString name;
    // Rows with their local ids replaced by what they point at, in a stable order.
    QString select;
};

const QList<Table> Tables{
    {QStringLiteral("chat_sessions"), QStringLiteral("SELECT * FROM chat_sessions ORDER BY title")},
    {QStringLiteral("messages"),
     QStringLiteral("SELECT m.*, coalesce(p.content, '') AS parent_content FROM messages m"
                    " LEFT JOIN messages p ON p.id = m.parent_id ORDER BY m.created_at, m.content")},
    {QStringLiteral("message_images"),
     QStringLiteral("SELECT i.*, m.content AS message_content FROM message_images i"
                    " JOIN messages m ON m.id = i.message_id ORDER BY m.content, i.role, i.position")},
};

using Rows = QList<QVariantMap>;

Rows rowsOf(Store &store, const Table &table, const QStringList &skipped)
{
    auto query = sql::run(store.database().connection(), table.select);
    REQUIRE(query);
    Rows rows;
    while (query->next()) {
        QVariantMap row;
        const QSqlRecord record = query->record();
        for (int i = 0; i < record.count(); ++i) {
            if (!LocalIds.contains(record.fieldName(i)) && !skipped.contains(record.fieldName(i)))
                row.insert(record.fieldName(i), record.value(i));
        }
        rows << row;
    }
    return rows;
}

// Fails when some column of the table holds only its default (or nothing) in every row: the round trip
// would then not show whether that column is carried.
void requireEveryColumnSet(Store &store, const Table &table)
{
    auto columns =
        sql::run(store.database().connection(),
                 QStringLiteral("SELECT name, dflt_value FROM pragma_table_info('%1')").arg(table.name));
    REQUIRE(columns);
    while (columns->next()) {
        const QString column = columns->value(0).toString();
        if (LocalIds.contains(column))
            continue;
        const QString fallback = columns->value(1).toString();
        const bool set = sql::scalar(store.database().connection(),
                                     QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2 IS NOT NULL"
                                                    " AND %2 NOT IN ('', '{}', '[]') AND quote(%2) IS NOT ?)")
                                         .arg(table.name, column),
                                     {fallback})
                             .toBool();
        INFO(table.name.toStdString() << "." << column.toStdString() << " has no value besides its default");
        CHECK(set);
    }
}

// One chat holding a value other than the default in every column: an archived, pinned, mixed chat with its
// own parameters; a question; a stopped answer with pictures, metadata and reasoning, not the version shown;
// and the version shown.
void fillEveryColumn(test::TestStore &fixture)
{
    const StoredImage first = fixture->images()->store(test::imageBytes(Qt::darkGray, 50, 40));
    const StoredImage second = fixture->images()->store(test::imageBytes(Qt::cyan, 30, 20, "JPEG"));
    const Session chat = fixture.newSession(QStringLiteral("Every field"));
    const Message question = fixture.addMessage(chat.id, MessageRole::User, QStringLiteral("Draw it"));
    NewMessage answer;
    answer.sessionId = chat.id;
    answer.role = MessageRole::Assistant;
    answer.content = QStringLiteral("Here, half done");
    answer.contentType = ContentType::Mixed;
    answer.status = MessageStatus::Stopped;
    answer.metadata.model = QStringLiteral("fal-ai/flux/dev");
    answer.metadata.generationMs = 1234;
    answer.metadata.costUsd = 0.05;
    answer.reasoning = QStringLiteral("First a sketch");
    answer.reasoningDetails =
        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("reasoning.text")},
                               {QStringLiteral("text"), QStringLiteral("First a sketch")}}};
    answer.parentId = question.id;
    answer.images << MessageImage{first.hash, ImageRole::Output, first.width, first.height, first.mime, 0}
                  << MessageImage{second.hash, ImageRole::Input, second.width, second.height, second.mime, 1};
    const Message stopped = fixture->messages()->create(answer).value();
    answer.content = QStringLiteral("Here, done");
    answer.status = MessageStatus::Completed;
    answer.images.clear();
    fixture->messages()->create(answer).value();
    REQUIRE(fixture->messages()->get(stopped.id)->selected == false);

    const QSqlDatabase db = fixture->database().connection();
    REQUIRE(
        sql::run(db,
                 QStringLiteral("UPDATE chat_sessions SET type = 'mixed', status = 'archived', pinned = 1,"
                                " model = 'openai/gpt-4o', system_prompt = 'Be brief',"
                                " reasoning_effort = 'high', temperature = 0.7, top_p = 0.9,"
                                " max_tokens = 4096, pdf_engine = 'mistral-ocr', created_at = 1700000000000,"
                                " updated_at = 1700000500000"
                                " WHERE id = ?"),
                 {chat.id}));
    REQUIRE(sql::run(db, QStringLiteral("UPDATE messages SET role = 'system' WHERE id = ?"), {question.id}));
}

} // namespace

TEST_CASE("Records: every column of a chat survives an export and an import")
{
    test::TestStore original;
    fillEveryColumn(original);
    for (const Table &table : Tables)
        requireEveryColumnSet(original.store(), table);
    const QString folder = original.folder() + QStringLiteral("/export");
    HistoryExporter exporter(original.store());
    REQUIRE(exporter.exportJson({}, folder));
    test::TestStore restored;
    HistoryImporter importer(restored.store());
    INFO(importer.lastError().toStdString());
    REQUIRE(importer.importJson(folder));

    // An import makes new chats: their global ids are new.
    const QStringList newIds{QStringLiteral("gid")};
    for (const Table &table : Tables) {
        INFO(table.name.toStdString());
        CHECK(rowsOf(restored.store(), table, newIds) == rowsOf(original.store(), table, newIds));
    }
}

TEST_CASE("Records: every column of a chat survives a sync round")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    fillEveryColumn(laptop.fixture());
    for (const Table &table : Tables)
        requireEveryColumnSet(laptop.store(), table);
    REQUIRE(laptop.sync(folder.path()).completed);
    REQUIRE(desktop.sync(folder.path()).completed);

    // When a chat was last active is each device's own: it moves with the messages arriving there.
    const QStringList deviceOwn{QStringLiteral("updated_at")};
    for (const Table &table : Tables) {
        INFO(table.name.toStdString());
        CHECK(rowsOf(desktop.store(), table, deviceOwn) == rowsOf(laptop.store(), table, deviceOwn));
    }
}
