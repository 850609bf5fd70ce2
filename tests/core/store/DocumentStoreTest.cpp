// Documents attached to questions: kept once by hash, linked to their message, and the schema step that
// brought the table.
#include "RawDatabase.h"
#include "TestStore.h"
#include "catch.h"
#include "documents/DocumentPreparation.h"
#include "store/HistoryExporter.h"
#include "store/HistoryImporter.h"
#include "store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

using namespace confab;
using confab::test::RawDatabase;

namespace {

PreparedDocument notes(const QByteArray &text = "# Notes\n\nBring the *big* pot.\n")
{
    return prepareDocumentData(text, QStringLiteral("notes.md"));
}

} // namespace

TEST_CASE("The same document attached twice is kept once, under its hash, beside the images")
{
    test::TestStore fixture;
    QString error;
    const auto first = fixture->documents()->store(notes(), &error);
    const auto again = fixture->documents()->store(notes(), &error);
    REQUIRE(first);
    REQUIRE(again);
    CHECK(first->hash == again->hash);
    CHECK(first->name == QStringLiteral("notes.md"));
    CHECK(first->mime == QStringLiteral("text/markdown"));
    CHECK(first->size == 30);
    CHECK(QDir(fixture.folder() + QStringLiteral("/documents")).entryList(QDir::Files).size() == 1);
    CHECK(fixture->documents()->bytes(first->hash) == QByteArray("# Notes\n\nBring the *big* pot.\n"));
}

TEST_CASE("Only a SHA-256 in hex becomes a document path")
{
    test::TestStore fixture;
    CHECK(fixture->documents()->pathFor(QStringLiteral("../../confab.sqlite")).isEmpty());
    CHECK(fixture->documents()->bytes(QStringLiteral("../confab.sqlite")).isEmpty());
    CHECK_FALSE(fixture->documents()->contains(QString(64, u'A')));
}

TEST_CASE("A question keeps its documents in order, and a reopened history still has them")
{
    test::TestStore fixture;
    const Session session = fixture.newSession();
    QString error;
    auto md = *fixture->documents()->store(notes(), &error);
    auto pdf = *fixture->documents()->store(
        prepareDocumentData("%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n2 0 obj << /Type /Page >> endobj\n",
                            QStringLiteral("plan.pdf")),
        &error);
    pdf.position = 1;
    REQUIRE(pdf.pages == 2);

    NewMessage question;
    question.sessionId = session.id;
    question.content = QStringLiteral("Which pot?");
    question.documents = {md, pdf};
    const auto created = fixture->messages()->create(question);
    REQUIRE(created);
    REQUIRE(fixture.reopen().outcome == OpenResult::Outcome::Opened);

    const auto loaded = fixture->messages()->get(created->id);
    REQUIRE(loaded);
    REQUIRE(loaded->documents.size() == 2);
    CHECK(loaded->documents.at(0) == md);
    CHECK(loaded->documents.at(1) == pdf);
    CHECK(loaded->documents.at(1).isPdf());
    CHECK(fixture->messages()->page(session.id, 0, 10).first().documents.size() == 2);

    REQUIRE(fixture->messages()->remove(created->id));
    RawDatabase raw(fixture.location().databasePath);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM message_documents")).toInt() == 0);
}

TEST_CASE("A version 6 history gains the documents table, after a backup, with its rows intact")
{
    test::TestStore fixture;
    fixture->database().close();
    const QString path = fixture.location().databasePath;
    QFile::remove(path);
    test::createSchemaAt(path, 6);
    {
        RawDatabase raw(path);
        raw.exec(QStringLiteral("INSERT INTO chat_sessions (id, title, type, status, created_at, updated_at)"
                                " VALUES (1, 'Kitchen', 'text', 'active', 1000, 2000)"));
        raw.exec(QStringLiteral(
            "INSERT INTO messages (id, session_id, role, content, status, created_at, metadata)"
            " VALUES (1, 1, 'user', 'How long do I boil tagliatelle?', 'completed', 1100, '{}')"));
    }
    Store store(fixture.location());
    const OpenResult result = store.open();
    REQUIRE(result.outcome == OpenResult::Outcome::Migrated);
    CHECK(result.toVersion == currentSchemaVersion());
    REQUIRE(QFileInfo::exists(result.backupPath));
    CHECK(result.backupPath.endsWith(QStringLiteral("-v6")));
    CHECK(RawDatabase(result.backupPath).scalar(QStringLiteral("PRAGMA user_version")).toInt() == 6);

    const auto question = store.messages()->get(1);
    REQUIRE(question);
    CHECK(question->content == QStringLiteral("How long do I boil tagliatelle?"));
    CHECK(question->documents.isEmpty());
    QString error;
    auto md = *store.documents()->store(notes(), &error);
    NewMessage next;
    next.sessionId = 1;
    next.content = QStringLiteral("And this?");
    next.documents = {md};
    const auto created = store.messages()->create(next);
    REQUIRE(created);
    CHECK(store.messages()->get(created->id)->documents == QList<AttachedDocument>{md});
}

TEST_CASE("An import that fails after taking in a document leaves no orphaned document file behind")
{
    test::TestStore original;
    const Session session = original.newSession();
    QString error;
    const auto md = original->documents()->store(notes(), &error);
    REQUIRE(md);
    NewMessage question;
    question.sessionId = session.id;
    question.content = QStringLiteral("Which pot?");
    question.documents = {*md};
    REQUIRE(original->messages()->create(question));
    NewMessage answer;
    answer.sessionId = session.id;
    answer.role = MessageRole::Assistant;
    answer.content = QStringLiteral("The big one.");
    REQUIRE(original->messages()->create(answer));
    const QString folder = original.folder() + QStringLiteral("/export");
    REQUIRE(HistoryExporter(original.store()).exportJson({}, folder));

    // The answer, read after the question and its document, is broken: the import fails part way.
    QFile exported(folder + QStringLiteral("/history.json"));
    REQUIRE(exported.open(QIODevice::ReadWrite));
    QByteArray json = exported.readAll();
    const qsizetype role = json.lastIndexOf("\"role\":\"assistant\"");
    REQUIRE(role > json.indexOf(md->hash.toLatin1()));
    json.replace(role, qsizetype(std::strlen("\"role\":\"assistant\"")), "\"role\":\"wizard\"");
    exported.resize(0);
    exported.write(json);
    exported.close();

    test::TestStore target;
    HistoryImporter importer(target.store());
    CHECK_FALSE(importer.importJson(folder));
    CHECK(importer.lastError().contains(QStringLiteral("wizard")));
    CHECK_FALSE(target->documents()->contains(md->hash));
    CHECK(QDir(target->documents()->documentsDir()).entryList(QDir::Files).isEmpty());
}
