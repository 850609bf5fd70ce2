#include "ImageBomb.h"
#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "chat/ChatView.h"
#include "chat/MessageDelegate.h"
#include "input/AttachmentStrip.h"
#include "input/InputArea.h"
#include "input/PromptEdit.h"
#include "models/MessageListModel.h"
#include "viewer/ImageViewer.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QTest>

using confab::GenerationMode;
using confab::test::waitUntil;
using confab::test::WindowFixture;

TEST_CASE("Dropping an image file on the window attaches it and switches to Image → Image")
{
    WindowFixture f;
    REQUIRE(f.window->inputArea()->mode() == GenerationMode::Text);
    f.dropFiles({f.writeImage(QStringLiteral("photo.png"))});

    REQUIRE(waitUntil([&] { return f.window->inputArea()->attachments()->count() == 1; }));
    CHECK(f.window->inputArea()->mode() == GenerationMode::ImageToImage);
    CHECK(f.window->inputArea()->attachments()->isVisible());
    CHECK(f.window->inputArea()->notice().isEmpty());
}

// Text files are documents now (DocumentsAndCitationsTest); an archive is neither a picture nor a document.
TEST_CASE("Dropping a file that is neither a picture nor a document is refused with a visible reason")
{
    WindowFixture f;
    const QString path = f.dir.filePath(QStringLiteral("backup.zip"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) + QByteArray(64, '\0'));
    file.close();

    f.dropFiles({path});
    REQUIRE(waitUntil([&] { return !f.window->inputArea()->notice().isEmpty(); }));
    INFO(f.window->inputArea()->notice().toStdString());
    CHECK(f.window->inputArea()->notice().contains(QStringLiteral("backup.zip")));
    CHECK(f.window->inputArea()->attachments()->count() == 0);
    CHECK(f.window->inputArea()->mode() == GenerationMode::Text);
}

TEST_CASE(
    "Dropping a decompression bomb is refused with its pixel size and the limit, and nothing is attached")
{
    WindowFixture f;
    const QString path = f.dir.filePath(QStringLiteral("bomb.png"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(confab::testserver::pngBomb(50000, 50000));
    file.close();

    f.dropFiles({path});
    REQUIRE(waitUntil([&] { return !f.window->inputArea()->notice().isEmpty(); }));
    CHECK(f.window->inputArea()->notice() ==
          QStringLiteral(
              "bomb.png was not attached: bomb.png is 50000 × 50000 pixels; Confab opens images up to "
              "64 megapixels."));
    CHECK(f.window->inputArea()->attachments()->count() == 0);
    CHECK(f.window->inputArea()->mode() == GenerationMode::Text);
}

TEST_CASE("An attached image can be removed again with its remove button")
{
    WindowFixture f;
    f.window->attachFiles(
        {f.writeImage(QStringLiteral("a.png")), f.writeImage(QStringLiteral("b.png"), QSize(30, 30))});
    REQUIRE(waitUntil([&] { return f.window->inputArea()->attachments()->count() == 2; }));
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *button : f.window->inputArea()->attachments()->findChildren<QAbstractButton *>())
        if (button->accessibleName().startsWith(QStringLiteral("Remove")))
            remove = button;
    REQUIRE(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(f.window->inputArea()->attachments()->count() == 1);
}

TEST_CASE("Clicking a generated image opens the viewer, and Edit this image attaches it")
{
    WindowFixture f;
    const qint64 session = f.addImageChat(QStringLiteral("A lighthouse at dusk"), 2);
    f.window->openSession(session);
    REQUIRE(waitUntil([&] { return f.window->messageModel()->rowCount() == 2; }));
    confab::test::spinFor(50);

    const QPoint image = f.findHit(1, int(confab::ui::MessageHit::Kind::Image));
    REQUIRE(image.x() >= 0);
    QTest::mouseClick(f.window->chatView()->viewport(), Qt::LeftButton, {}, image);

    auto *viewer = f.window->findChild<confab::ui::ImageViewer *>();
    REQUIRE(viewer);
    REQUIRE(QTest::qWaitForWindowExposed(viewer));
    REQUIRE(waitUntil([&] { return viewer->hasImage(); }));
    CHECK(viewer->isFitting());
    viewer->setZoom(2.0);
    CHECK(viewer->zoom() == Approx(2.0));
    const QString saved = f.dir.filePath(QStringLiteral("saved.png"));
    CHECK(viewer->saveTo(saved));
    CHECK(QFile::exists(saved));

    QAction *edit = viewer->findChild<QAction *>(QStringLiteral("Edit this image"));
    REQUIRE(edit);
    edit->trigger();
    CHECK(f.window->inputArea()->attachments()->count() == 1);
    CHECK(f.window->inputArea()->mode() == GenerationMode::ImageToImage);
}
