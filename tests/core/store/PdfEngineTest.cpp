// Each chat's PDF engine: the schema step that brought it, kept and refused like the chat's other settings,
// and carried through export and import.
#include "domain/PdfEngine.h"

#include "RawDatabase.h"
#include "TestStore.h"
#include "catch.h"
#include "store/HistoryExporter.h"
#include "store/HistoryImporter.h"
#include "store/Migrations.h"

#include <QFile>
#include <QFileInfo>

using namespace confab;
using confab::test::RawDatabase;

TEST_CASE("A version 8 history gains each chat's PDF engine, after a backup, left to Confab's choice")
{
    test::TestStore fixture;
    fixture->database().close();
    const QString path = fixture.location().databasePath;
    QFile::remove(path);
    test::createSchemaAt(path, 8);
    RawDatabase(path).exec(
        QStringLiteral("INSERT INTO chat_sessions (id, title, type, status, created_at,"
                       " updated_at) VALUES (1, 'Reports', 'text', 'active', 1000, 2000)"));
    Store store(fixture.location());
    const OpenResult result = store.open();
    REQUIRE(result.outcome == OpenResult::Outcome::Migrated);
    CHECK(result.fromVersion == 8);
    REQUIRE(QFileInfo::exists(result.backupPath));
    CHECK(RawDatabase(result.backupPath).scalar(QStringLiteral("PRAGMA user_version")).toInt() == 8);
    const auto session = store.sessions()->get(1);
    REQUIRE(session);
    CHECK(session->title == QStringLiteral("Reports"));
    CHECK(session->pdfEngine.isEmpty());

    // A change is queued for the other devices like any merged session field.
    REQUIRE(store.sessions()->setPdfEngine(1, QStringLiteral("mistral-ocr")));
    CHECK(RawDatabase(path)
              .scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE field = 'pdf_engine'"))
              .toInt() == 1);
}

TEST_CASE("A chat keeps the PDF engine chosen for it, refuses one OpenRouter does not have, and exports it")
{
    test::TestStore original;
    const Session session = original.newSession(QStringLiteral("Scans"));
    CHECK_FALSE(original->sessions()->setPdfEngine(session.id, QStringLiteral("pdf-magic")));
    CHECK(original->sessions()->lastError().contains(QStringLiteral("pdf-magic")));
    REQUIRE(original->sessions()->setPdfEngine(session.id, QStringLiteral("mistral-ocr")));
    REQUIRE(original.reopen().outcome == OpenResult::Outcome::Opened);
    CHECK(original->sessions()->get(session.id)->pdfEngine == QStringLiteral("mistral-ocr"));

    const QString folder = original.folder() + QStringLiteral("/export");
    REQUIRE(HistoryExporter(original.store()).exportJson({}, folder));
    test::TestStore target;
    HistoryImporter importer(target.store());
    REQUIRE(importer.importJson(folder));
    const QList<Session> imported = target->sessions()->list(SessionStatus::Active);
    REQUIRE(imported.size() == 1);
    CHECK(imported.first().pdfEngine == QStringLiteral("mistral-ocr"));
}

TEST_CASE("The engines say which cost money: OCR and the model's own reading do, the extraction does not")
{
    QStringList paid;
    QStringList free;
    for (const PdfEngine &engine : pdfEngines())
        (engine.costsMoney ? paid : free) << engine.id;
    CHECK(paid == QStringList{QStringLiteral("mistral-ocr"), QStringLiteral("native")});
    CHECK(free == QStringList{QStringLiteral("cloudflare-ai")});
    CHECK(isPdfEngine(QString()));
    CHECK_FALSE(isPdfEngine(QStringLiteral("pdf-text"))); // deprecated by OpenRouter
}
