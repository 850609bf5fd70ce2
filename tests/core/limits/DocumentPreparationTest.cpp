// What may be attached as a document, and what is refused before anything is sent.
#include "documents/DocumentPreparation.h"

#include "catch.h"
#include "documents/PdfPages.h"

#include <QFile>
#include <QTemporaryDir>

using namespace confab;

namespace {

QByteArray pdfWithPages(int pages)
{
    QByteArray pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n";
    pdf += "2 0 obj << /Type /Pages /Count " + QByteArray::number(pages) + " >> endobj\n";
    for (int i = 0; i < pages; ++i)
        pdf += QByteArray::number(i + 3) + " 0 obj <</Type/Page/Parent 2 0 R>> endobj\n";
    return pdf + "%%EOF\n";
}

QString writeFile(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

} // namespace

TEST_CASE("A PDF's pages are counted from its page objects, else from its page tree")
{
    CHECK(pdfPageCount(pdfWithPages(1)) == 1);
    CHECK(pdfPageCount(pdfWithPages(7)) == 7);
    // "/Pages" and "/PageLabels" are not pages.
    CHECK(pdfPageCount("%PDF-1.4 /Type /Pages /Type/PageLabels /Type\n/Page>>") == 1);
    // Page objects hidden in a compressed object stream: the root's /Count still tells.
    CHECK(pdfPageCount("%PDF-1.5\n<< /Type /Pages /Count 12 /Kids [] >>") == 12);
    CHECK(pdfPageCount("%PDF-1.5\n<< /Linearized 1 >> stream x\x9c... endstream") == -1);
    CHECK(pdfPageCount("not a pdf /Type /Page") == -1);
    // An absurd count is not believed.
    CHECK(pdfPageCount("%PDF-1.5 /Count 99999999999999999999") == -1);
}

TEST_CASE("Documents are told by their header and extension, other files are not documents")
{
    CHECK(documentTypeOf(QStringLiteral("scan"), "%PDF-1.4")->kind == DocumentKind::Pdf);
    CHECK(documentTypeOf(QStringLiteral("main.cpp"), "#include")->mime == QStringLiteral("text/plain"));
    CHECK(documentTypeOf(QStringLiteral("data.CSV"), "a,b")->mime == QStringLiteral("text/csv"));
    CHECK(documentTypeOf(QStringLiteral("x.json"), "{}")->mime == QStringLiteral("application/json"));
    CHECK(documentTypeOf(QStringLiteral("Makefile"), "all:")->kind == DocumentKind::Text);
    CHECK_FALSE(documentTypeOf(QStringLiteral("photo.png"), "\x89PNG"));
    CHECK_FALSE(documentTypeOf(QStringLiteral("fake.pdf"), "MZ\x90"));
}

TEST_CASE("Documents over the limits, empty, or not UTF-8 are refused with the reason")
{
    const PreparedDocument ok = prepareDocumentData(pdfWithPages(3), QStringLiteral("plan.pdf"));
    REQUIRE(ok.ok);
    CHECK(ok.pages == 3);
    CHECK(ok.type.mime == QStringLiteral("application/pdf"));

    const PreparedDocument long_ = prepareDocumentData(pdfWithPages(101), QStringLiteral("book.pdf"));
    CHECK_FALSE(long_.ok);
    CHECK(long_.error ==
          QStringLiteral("book.pdf: The PDF has 101 pages; models read up to 100 pages at a time."));

    const PreparedDocument big =
        prepareDocumentData(QByteArray(2 * 1024 * 1024, 'a'), QStringLiteral("big.txt"));
    CHECK_FALSE(big.ok);
    CHECK(big.error.startsWith(QStringLiteral("big.txt: The file is 2.0 MB")));

    CHECK_FALSE(prepareDocumentData({}, QStringLiteral("empty.md")).ok);
    const PreparedDocument binary = prepareDocumentData("\xff\xfe\x00x", QStringLiteral("notes.txt"));
    CHECK(binary.error == QStringLiteral("notes.txt: The file is not UTF-8 text."));
    CHECK(prepareDocumentData("x", QStringLiteral("song.mp3")).error.contains(QStringLiteral("PDFs, text")));
}

TEST_CASE("A document file over the limit is refused without reading it whole")
{
    QTemporaryDir dir;
    const QString huge =
        writeFile(dir, QStringLiteral("huge.pdf"), "%PDF-1.4\n" + QByteArray(21 * 1024 * 1024, ' '));
    const PreparedDocument refused = prepareDocumentFile(huge);
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.contains(QStringLiteral("20.0 MB")));
    CHECK(refused.bytes.isEmpty());

    const PreparedDocument source =
        prepareDocumentFile(writeFile(dir, QStringLiteral("tool.py"), "print('hi')\n"));
    REQUIRE(source.ok);
    CHECK(source.name == QStringLiteral("tool.py"));
    CHECK(looksLikeDocument(dir.filePath(QStringLiteral("tool.py"))));
    CHECK_FALSE(prepareDocumentFile(dir.filePath(QStringLiteral("missing.txt"))).ok);
}
