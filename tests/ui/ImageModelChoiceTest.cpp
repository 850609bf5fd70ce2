// The fal model choice among the image options: the registry's models with their prices, each model's own
// options, and the chosen model making the picture.
#include "Wait.h"
#include "WindowFixture.h"
#include "catch.h"
#include "input/ImageOptionsBar.h"
#include "input/InputArea.h"
#include "input/ModelPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTest>

using confab::GenerationMode;
using confab::MessageStatus;
using confab::test::waitUntil;
using confab::test::WindowFixture;

TEST_CASE("The image options list the registry's models with fal's prices, and the chosen model draws")
{
    WindowFixture f;
    f.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.window.get()));
    f.window->inputArea()->setMode(GenerationMode::TextToImage);
    auto *models = f.window->findChild<QComboBox *>(QStringLiteral("imageModel"));
    REQUIRE(models);
    CHECK(models->isVisible());
    // The chat model picker gives way: in the image modes the model is chosen here.
    CHECK_FALSE(f.window->findChild<confab::ui::ModelPicker *>(QStringLiteral("modelPicker"))->isVisible());
    REQUIRE(models->count() == 2);
    CHECK(models->currentData().toString() == QStringLiteral("fal-ai/flux-pro/v1.1-ultra"));
    // fal answered the pricing API at start, so the prices are current, not "last known".
    const int flux2 = models->findData(QStringLiteral("fal-ai/flux-2"));
    REQUIRE(flux2 >= 0);
    REQUIRE(waitUntil(
        [&] { return models->itemText(flux2) == QStringLiteral("FLUX.2 [dev] · $0.012 per image"); }));
    CHECK(models->itemText(0) == QStringLiteral("FLUX1.1 [pro] ultra · $0.060 per image"));

    auto *raw = f.window->inputArea()->imageOptions()->findChild<QCheckBox *>();
    REQUIRE(raw);
    CHECK(raw->isVisible());
    models->setCurrentIndex(flux2);
    CHECK_FALSE(raw->isVisible()); // FLUX.2 has no raw mode

    f.typeAndSend(QStringLiteral("A lighthouse at dusk"));
    REQUIRE(waitUntil([&] { return f.lastAnswerIs(MessageStatus::Completed); }));
    CHECK(f.fal.requestsTo("POST", QStringLiteral("/fal-ai/flux-2")).size() == 1);
    CHECK(f.fal.requestsTo("POST", QStringLiteral("/fal-ai/flux-pro")).isEmpty());
    CHECK(f.lastAnswer().metadata.model == QStringLiteral("fal-ai/flux-2"));
}

TEST_CASE("Edit models show a resolution picker only when they take one")
{
    WindowFixture f;
    f.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.window.get()));
    f.window->inputArea()->setMode(GenerationMode::ImageToImage);
    auto *models = f.window->findChild<QComboBox *>(QStringLiteral("imageModel"));
    REQUIRE(models);
    CHECK(models->count() == 3);
    confab::ui::ImageOptionsBar *bar = f.window->inputArea()->imageOptions();
    CHECK(bar->options().resolution.isEmpty());
    models->setCurrentIndex(models->findData(QStringLiteral("fal-ai/nano-banana-pro/edit")));
    CHECK(bar->options().resolution == QStringLiteral("1K"));
    CHECK(bar->model() == QStringLiteral("fal-ai/nano-banana-pro/edit"));
    CHECK(f.window->inputArea()->request().model == QStringLiteral("fal-ai/nano-banana-pro/edit"));
}
