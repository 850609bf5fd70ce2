#include "engine/ContextBuilder.h"

#include "catch.h"
#include "openrouter/ModelCatalog.h"

using namespace confab;

namespace {
Message turn(MessageRole role, const QString &text, MessageStatus status = MessageStatus::Completed)
{
    Message message;
    message.role = role;
    message.content = text;
    message.status = status;
    return message;
}

ModelInfo model(int context, bool vision)
{
    ModelInfo info;
    info.id = QStringLiteral("test/model");
    info.contextLength = context;
    if (vision)
        info.inputModalities = {QStringLiteral("text"), QStringLiteral("image")};
    return info;
}
} // namespace

TEST_CASE("Failed and stopped answers are left out of the context, the prompt is always last")
{
    const ModelInfo info = model(100000, false);
    ContextBuilder builder(&info, 1000, {});
    const QList<ChatMessage> context =
        builder.build(QStringLiteral("System"),
                      {turn(MessageRole::User, QStringLiteral("q1")),
                       turn(MessageRole::Assistant, QStringLiteral("half"), MessageStatus::Failed),
                       turn(MessageRole::User, QStringLiteral("q2"))});
    REQUIRE(context.size() == 3);
    CHECK(context[0].role == QStringLiteral("system"));
    CHECK(context[1].text == QStringLiteral("q1"));
    CHECK(context[2].text == QStringLiteral("q2"));
}

TEST_CASE("A prompt bigger than the whole window is still sent, alone")
{
    const ModelInfo info = model(1000, false);
    ContextBuilder builder(&info, 100, {});
    const QList<ChatMessage> context = builder.build(
        {}, {turn(MessageRole::User, QString(8000, u'a')), turn(MessageRole::User, QString(8000, u'b'))});
    REQUIRE(context.size() == 1);
    CHECK(context[0].text.startsWith(u'b'));
}

TEST_CASE("Vision models get earlier images as image parts â others get a note in the text")
{
    Message withImage = turn(MessageRole::User, QStringLiteral("What is this?"));
    withImage.images << MessageImage{
        QStringLiteral("abc"), ImageRole::Input, 10, 20, QStringLiteral("image/png"), 0};
    const auto loader = [](const MessageImage &) {
        return ImagePart{{}, QByteArray("png-bytes"), QStringLiteral("image/png")};
    };

    const ModelInfo vision = model(100000, true);
    const QList<ChatMessage> seen = ContextBuilder(&vision, 1000, loader).build({}, {withImage});
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].images.size() == 1);

    const ModelInfo blind = model(100000, false);
    const QList<ChatMessage> told = ContextBuilder(&blind, 1000, loader).build({}, {withImage});
    REQUIRE(told.size() == 1);
    CHECK(told[0].images.isEmpty());
    CHECK(told[0].text.contains(QStringLiteral("[image 10×20]")));
}

TEST_CASE("An unknown model gets a conservative context budget")
{
    ContextBuilder builder(nullptr, 1000, {});
    CHECK(builder.budget() == ContextBuilder::FallbackContextTokens - 1000);
}
