// Documents travel through the sync folder: a question's PDF arrives on the other device with its record,
// the file by hash, sealed like pictures when the folder is encrypted, and refused past its cap.
#include "SyncedDevice.h"
#include "catch.h"
#include "documents/DocumentPreparation.h"
#include "store/DocumentStore.h"
#include "sync/FolderKey.h"
#include "sync/SyncFolder.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

using namespace confab;

namespace {

const QString DocumentsPassphrase = QStringLiteral("correct horse battery staple");

QByteArray reportPdf()
{
    QByteArray pdf("%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n2 0 obj << /Type /Page >> endobj\n");
    pdf += "BT (Quarterly figures: revenue up in Porto) Tj ET\n%%EOF\n";
    return pdf;
}

// Laptop asks about a PDF; returns the document as stored there.
AttachedDocument askAboutPdf(test::SyncedDevice &laptop, const QString &title)
{
    const Session chat = laptop.fixture().newSession(title);
    QString error;
    const auto pdf =
        laptop->documents()->store(prepareDocumentData(reportPdf(), QStringLiteral("q3.pdf")), &error);
    REQUIRE(pdf);
    NewMessage question;
    question.sessionId = chat.id;
    question.content = QStringLiteral("What are the risks?");
    question.documents = {*pdf};
    REQUIRE(laptop->messages()->create(question));
    return *pdf;
}

QList<AttachedDocument> documentsOfLatestQuestion(test::SyncedDevice &device)
{
    const QList<Session> sessions = device->sessions()->list(SessionStatus::Active);
    REQUIRE(sessions.size() == 1);
    const QList<Message> messages = device->messages()->page(sessions.first().id, 0, 10);
    REQUIRE_FALSE(messages.isEmpty());
    return messages.last().documents;
}

} // namespace

TEST_CASE("Sync: a question's PDF arrives on the other device, chip and file, and both stores converge")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    const AttachedDocument pdf = askAboutPdf(laptop, QStringLiteral("Q3 report"));
    const SyncReport published = laptop.sync(folder.path());
    INFO(published.summary().toStdString());
    REQUIRE(published.publishedSegments == 1);
    CHECK(QFile::exists(folder.path() + QStringLiteral("/documents/") + pdf.hash));

    const SyncReport applied = desktop.sync(folder.path());
    INFO(applied.summary().toStdString());
    CHECK(applied.appliedSegments == 1);
    const QList<AttachedDocument> arrived = documentsOfLatestQuestion(desktop);
    REQUIRE(arrived.size() == 1);
    CHECK(arrived.first() == pdf);
    CHECK(desktop->documents()->bytes(pdf.hash) == reportPdf());
    CHECK(laptop.canonicalDump() == desktop.canonicalDump());
}

TEST_CASE(
    "Sync: through an encrypted folder the PDF arrives, and the folder shows neither its name nor its bytes")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    REQUIRE(laptop.engine().encryptFolder(folder.path(), DocumentsPassphrase).isEmpty());
    const AttachedDocument pdf = askAboutPdf(laptop, QStringLiteral("Q3 report"));
    REQUIRE(laptop.sync(folder.path()).publishedSegments == 1);
    REQUIRE(desktop.engine().unlockFolder(folder.path(), DocumentsPassphrase).isEmpty());
    const SyncReport applied = desktop.sync(folder.path());
    INFO(applied.summary().toStdString());
    CHECK(applied.appliedSegments == 1);
    CHECK(desktop->documents()->bytes(pdf.hash) == reportPdf());
    CHECK(documentsOfLatestQuestion(desktop).value(0).name == QStringLiteral("q3.pdf"));
    CHECK(laptop.canonicalDump() == desktop.canonicalDump());

    QDirIterator it(folder.path(), QDir::Files, QDirIterator::Subdirectories);
    int documentFiles = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        INFO(path.toStdString());
        CHECK_FALSE(path.contains(pdf.hash));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK_FALSE(bytes.contains("q3.pdf"));
        CHECK_FALSE(bytes.contains("revenue up in Porto"));
        documentFiles += path.contains(QStringLiteral("/documents/")) ? 1 : 0;
    }
    CHECK(documentFiles == 1);
}

TEST_CASE(
    "Sync: a question waits for its document to arrive whole, and a document past the cap is never read")
{
    QTemporaryDir folder;
    test::SyncedDevice laptop;
    test::SyncedDevice desktop;
    const AttachedDocument pdf = askAboutPdf(laptop, QStringLiteral("Q3 report"));
    REQUIRE(laptop.sync(folder.path()).publishedSegments == 1);
    const QString copy = folder.path() + QStringLiteral("/documents/") + pdf.hash;

    // Still being copied by the folder's sync program: half the bytes.
    {
        QFile file(copy);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.resize(file.size() / 2);
    }
    SyncReport waiting = desktop.sync(folder.path());
    CHECK(waiting.appliedSegments == 0);
    CHECK(waiting.waiting.join(u' ').contains(QStringLiteral("document")));
    CHECK(desktop->sessions()->list(SessionStatus::Active).isEmpty());

    // A file larger than any document Confab sends is not read at all.
    {
        QFile file(copy);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(SyncFolder::MaxDocumentBytes + 1, 'x'));
    }
    waiting = desktop.sync(folder.path());
    CHECK(waiting.appliedSegments == 0);
    CHECK(waiting.waiting.join(u' ').contains(QStringLiteral("larger than 20 MB")));

    // The whole copy arrives: the question follows.
    {
        QFile file(copy);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(reportPdf());
    }
    const SyncReport applied = desktop.sync(folder.path());
    CHECK(applied.appliedSegments == 1);
    CHECK(documentsOfLatestQuestion(desktop).size() == 1);
}
