#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "chat/ChatView.h"
#include "chat/MessageDelegate.h"
#include "chat/MessageDocument.h"
#include "models/MessageListModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDesktopServices>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTcpServer>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using confab::test::spinFor;
using confab::test::waitUntil;
using confab::test::WindowFixture;
using confab::ui::MessageDocumentCache;
using confab::ui::MessageHit;

namespace {

// Stands in for the browser, mail client or whatever program a scheme is registered to.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    explicit UrlRecorder(const QStringList &schemes)
        : m_schemes(schemes)
    {
        for (const QString &scheme : m_schemes)
            QDesktopServices::setUrlHandler(scheme, this, "open");
    }
    ~UrlRecorder() override
    {
        for (const QString &scheme : m_schemes)
            QDesktopServices::unsetUrlHandler(scheme);
    }
    Q_INVOKABLE void open(const QUrl &url) { opened << url; }

    QList<QUrl> opened;

private:
    QStringList m_schemes;
};

const QStringList AllSchemes{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("mailto"),
                             QStringLiteral("file"), QStringLiteral("confabtest")};

// Opens a chat whose answer is one link and clicks that link in the bubble.
QList<QUrl> clickLinkInAnswer(WindowFixture &f, UrlRecorder &recorder, const QString &url)
{
    recorder.opened.clear();
    const qint64 session = f.addChat(QStringLiteral("Links"), QStringLiteral("Give me a link"),
                                     QStringLiteral("[here](%1)").arg(url));
    f.window->openSession(session);
    REQUIRE(waitUntil([&] { return f.window->messageModel()->rowCount() == 2; }));
    spinFor(50);
    const QPoint link = f.findHit(1, int(MessageHit::Kind::Link));
    REQUIRE(link.x() >= 0);
    QTest::mouseClick(f.window->chatView()->viewport(), Qt::LeftButton, {}, link);
    spinFor(50);
    return recorder.opened;
}

} // namespace

TEST_CASE("A clicked link in an answer opens only for http, https and mailto, while file and custom schemes "
          "stay inert")
{
    WindowFixture f;
    UrlRecorder recorder(AllSchemes);

    CHECK(clickLinkInAnswer(f, recorder, QStringLiteral("https://example.com/docs")) ==
          QList<QUrl>{QUrl(QStringLiteral("https://example.com/docs"))});
    CHECK(clickLinkInAnswer(f, recorder, QStringLiteral("http://example.com/")).size() == 1);
    CHECK(clickLinkInAnswer(f, recorder, QStringLiteral("mailto:help@example.com")).size() == 1);
    CHECK(clickLinkInAnswer(f, recorder, QStringLiteral("file:///etc/passwd")).isEmpty());
    CHECK(clickLinkInAnswer(f, recorder, QStringLiteral("confabtest://run?cmd=rm")).isEmpty());
}

TEST_CASE("Links in the selectable copy of an answer follow the same rule and never navigate it")
{
    WindowFixture f;
    UrlRecorder recorder(AllSchemes);
    const qint64 session = f.addChat(QStringLiteral("Links"), QStringLiteral("Give me a link"),
                                     QStringLiteral("[local](file:///etc/hostname)"));
    f.window->openSession(session);
    REQUIRE(waitUntil([&] { return f.window->messageModel()->rowCount() == 2; }));
    confab::ui::ChatView *view = f.window->chatView();
    view->selectTextOf(view->model()->index(1, 0));
    auto *browser = view->findChild<QTextBrowser *>(QStringLiteral("messageSelection"));
    REQUIRE(browser);
    const QString before = browser->toPlainText();

    emit browser->anchorClicked(QUrl(QStringLiteral("file:///etc/hostname")));
    emit browser->anchorClicked(QUrl(QStringLiteral("confabtest://run")));
    const QRectF first =
        browser->document()->documentLayout()->blockBoundingRect(browser->document()->begin());
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, QPoint(4, int(first.center().y())));
    spinFor(50);
    CHECK(recorder.opened.isEmpty());
    CHECK(browser->toPlainText() == before);
    CHECK(browser->source().isEmpty());

    emit browser->anchorClicked(QUrl(QStringLiteral("https://example.com/")));
    CHECK(recorder.opened == QList<QUrl>{QUrl(QStringLiteral("https://example.com/"))});
}

TEST_CASE("Images in an answer's Markdown are never loaded, from the web or from disk")
{
    QTcpServer web;
    REQUIRE(web.listen(QHostAddress::LocalHost));
    int connections = 0;
    QObject::connect(&web, &QTcpServer::newConnection, &web, [&] {
        ++connections;
        delete web.nextPendingConnection();
    });
    QTemporaryDir dir;
    const QString local = dir.filePath(QStringLiteral("secret.png"));
    QImage picture(40, 40, QImage::Format_RGB32);
    picture.fill(Qt::red);
    REQUIRE(picture.save(local));

    const QUrl remote(QStringLiteral("http://127.0.0.1:%1/pixel.png").arg(web.serverPort()));
    const QUrl file = QUrl::fromLocalFile(local);
    const QString markdown = QStringLiteral("Look: ![tracker](%1) ![file](%2) ![path](%3)")
                                 .arg(remote.toString(), file.toString(), local);
    const auto document =
        MessageDocumentCache::build(markdown, true, 400, QApplication::font(), QApplication::palette());
    QImage canvas(400, 200, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::white);
    QPainter painter(&canvas);
    document->draw(&painter, QApplication::palette(), QRectF(0, 0, 400, 200));
    painter.end();
    spinFor(200);

    CHECK(connections == 0);
    QTextDocument *text = document->chunks.front().document.get();
    CHECK_FALSE(text->resource(QTextDocument::ImageResource, remote).isValid());
    CHECK_FALSE(text->resource(QTextDocument::ImageResource, file).isValid());
    CHECK_FALSE(text->resource(QTextDocument::ImageResource, QUrl(local)).isValid());
    // The picture is not drawn: nothing red reaches the bubble.
    bool red = false;
    for (int y = 0; y < canvas.height() && !red; ++y)
        for (int x = 0; x < canvas.width() && !red; ++x)
            red = canvas.pixel(x, y) == qRgb(255, 0, 0);
    CHECK_FALSE(red);
}

#include "LinkSafetyTest.moc"
