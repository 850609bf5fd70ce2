// A document dropped on the window goes with the question as a chip and a file part; "Search the web" gets an
// answer whose cited pages are numbered links that open through LinkPolicy.
#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "chat/ChatView.h"
#include "chat/DisplayedText.h"
#include "chat/MessageDelegate.h"
#include "input/DocumentChips.h"
#include "input/InputArea.h"
#include "models/MessageListModel.h"
#include "models/MessageRoles.h"

#include <QDesktopServices>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTest>
#include <QToolButton>

using confab::test::spinFor;
using confab::test::waitUntil;
using confab::test::WindowFixture;
using confab::ui::MessageHit;

namespace {

class BrowserStandIn : public QObject
{
    Q_OBJECT
public:
    BrowserStandIn()
    {
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "open");
    }
    ~BrowserStandIn() override
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }
    Q_INVOKABLE void open(const QUrl &url) { opened << url; }

    QList<QUrl> opened;
};

// Stands in for the system's viewer: records the local files handed to it.
class ViewerStandIn : public QObject
{
    Q_OBJECT
public:
    ViewerStandIn() { QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "open"); }
    ~ViewerStandIn() override { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    Q_INVOKABLE void open(const QUrl &url) { opened << url; }

    QList<QUrl> opened;
};

} // namespace

TEST_CASE("The document chip under a sent question opens the stored copy, even with the original gone")
{
    WindowFixture f;
    f.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.window.get()));
    QFile pdf(f.dir.filePath(QStringLiteral("minutes.pdf")));
    REQUIRE(pdf.open(QIODevice::WriteOnly));
    const QByteArray bytes("%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n%%EOF\n");
    pdf.write(bytes);
    pdf.close();
    f.dropFiles({pdf.fileName()});
    REQUIRE(waitUntil([&] { return f.window->inputArea()->documents()->count() == 1; }));
    f.typeAndSend(QStringLiteral("Summarise the minutes"));
    REQUIRE(waitUntil([&] { return f.lastAnswerIs(confab::MessageStatus::Completed); }));
    REQUIRE(QFile::remove(pdf.fileName()));
    spinFor(100);

    // The question's row: its chip is drawn, not a 📎 line in its text.
    const QAbstractItemModel *model = f.window->chatView()->model();
    int question = -1;
    confab::Message asked;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto message =
            model->index(row, 0).data(confab::MessageRoles::MessageValueRole).value<confab::Message>();
        if (!message.documents.isEmpty()) {
            question = row;
            asked = message;
        }
    }
    REQUIRE(question >= 0);
    CHECK_FALSE(confab::ui::displayedText(asked).contains(QStringLiteral("minutes.pdf")));
    const QPoint chip = f.findHit(question, int(MessageHit::Kind::Document));
    REQUIRE(chip.x() >= 0);

    ViewerStandIn viewer;
    QTest::mouseClick(f.window->chatView()->viewport(), Qt::LeftButton, {}, chip);
    REQUIRE(waitUntil([&] { return !viewer.opened.isEmpty(); }));
    const QString opened = viewer.opened.first().toLocalFile();
    CHECK(opened.endsWith(QStringLiteral("/minutes.pdf")));
    CHECK(opened.contains(QStringLiteral("confab-documents")));
    QFile copy(opened);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == bytes);
}

TEST_CASE("A dropped PDF shows as a chip and goes with the question as a file part")
{
    WindowFixture f;
    QFile pdf(f.dir.filePath(QStringLiteral("plan.pdf")));
    REQUIRE(pdf.open(QIODevice::WriteOnly));
    pdf.write("%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n2 0 obj << /Type /Page >> endobj\n%%EOF\n");
    pdf.close();

    f.dropFiles({pdf.fileName()});
    confab::ui::DocumentChips *chips = f.window->inputArea()->documents();
    REQUIRE(waitUntil([&] { return chips->count() == 1; }));
    auto *label = chips->findChild<QLabel *>(QStringLiteral("documentLabel"));
    REQUIRE(label);
    CHECK(label->text() == QStringLiteral("plan.pdf · PDF · 81 bytes · 2 pages"));
    CHECK(chips->isVisible());

    f.typeAndSend(QStringLiteral("What does the plan say?"));
    REQUIRE(waitUntil([&] { return f.lastAnswerIs(confab::MessageStatus::Completed); }));
    CHECK(chips->count() == 0);
    const QJsonObject body = QJsonDocument::fromJson(f.openRouter.chatRequests().last().body).object();
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    const QJsonArray parts = messages.last().toObject().value(QStringLiteral("content")).toArray();
    REQUIRE(parts.size() == 2);
    CHECK(parts.at(1).toObject().value(QStringLiteral("file")).toObject().value(QStringLiteral("filename")) ==
          QStringLiteral("plan.pdf"));
}

TEST_CASE("Search the web gives an answer whose numbered sources open in the browser")
{
    WindowFixture f;
    BrowserStandIn browser;
    QToolButton *web = f.window->inputArea()->webSearch();
    REQUIRE(web->isVisible());
    QTest::mouseClick(web, Qt::LeftButton);
    REQUIRE(web->isChecked());

    f.typeAndSend(QStringLiteral("What is new in Qt?"));
    REQUIRE(waitUntil([&] { return f.lastAnswerIs(confab::MessageStatus::Completed); }));
    CHECK(f.openRouter.chatRequests().last().body.contains("openrouter:web_search"));
    const confab::Message answer = f.lastAnswer();
    REQUIRE(answer.metadata.citations.size() == 2);
    // What the bubble lays out: the answer, then its sources as a numbered list of links, titles escaped.
    CHECK(confab::ui::displayedText(answer).endsWith(
        QStringLiteral("**Sources**\n\n1. [Qt 6\\.10 Released](<https://www.qt.io/blog/qt-6.10-released>)\n"
                       "2. [Debian \\-\\- Details of package qt6\\-base\\-dev in bookworm]"
                       "(<https://packages.debian.org/bookworm/qt6-base-dev>)\n")));

    spinFor(100);
    const QPoint link = f.findHit(1, int(MessageHit::Kind::Link));
    REQUIRE(link.x() >= 0);
    QTest::mouseClick(f.window->chatView()->viewport(), Qt::LeftButton, {}, link);
    spinFor(50);
    // The answer's text names the pages as Markdown links too; the first link in the bubble is the first
    // source the model wrote.
    REQUIRE(browser.opened.size() == 1);
    CHECK(browser.opened.first().host().endsWith(QStringLiteral("qt.io")));

    // The switch stays with the chat: it shows how the chat's latest question was sent.
    QTest::mouseClick(web, Qt::LeftButton);
    CHECK_FALSE(web->isChecked());
    f.window->newChat();
    CHECK_FALSE(web->isChecked());
    f.window->openSession(answer.sessionId);
    spinFor(50);
    CHECK(web->isChecked());
}

#include "DocumentsAndCitationsTest.moc"
