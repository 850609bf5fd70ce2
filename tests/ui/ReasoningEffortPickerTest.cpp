#include "input/ReasoningEffortPicker.h"

#include "catch.h"
#include "chat/MessageStatusText.h"
#include "domain/Message.h"
#include "openrouter/ModelCatalog.h"

#include <QListView>

using namespace confab;

namespace {

// The reasoning object is the API reference's ModelReasoning example (openapi.yaml, components/schemas/Model
// and ModelReasoning): supported_efforts highest first, default_effort "medium".
ModelInfo reasoningModel()
{
    const QList<ModelInfo> models = parseModelList(R"({"data":[{"id":"openai/gpt-4","name":"GPT-4",
        "context_length":8192,"supported_parameters":["temperature","top_p","max_tokens","reasoning"],
        "reasoning":{"default_effort":"medium","default_enabled":true,"mandatory":false,
                     "supported_efforts":["high","medium","low","minimal"]},
        "top_provider":{"context_length":8192,"is_moderated":true,"max_completion_tokens":4096}}]})");
    REQUIRE(models.size() == 1);
    return models.first();
}

QStringList shown(ui::ReasoningEffortPicker &picker)
{
    auto *list = qobject_cast<QListView *>(picker.view());
    QStringList levels;
    for (int row = 0; row < picker.count(); ++row) {
        if (!list->isRowHidden(row))
            levels << picker.itemData(row).toString();
    }
    return levels;
}

} // namespace

TEST_CASE("The effort picker offers exactly the efforts the model's catalogue entry lists, and its default")
{
    ui::ReasoningEffortPicker picker;
    ModelInfo model = reasoningModel();
    picker.offerFor(&model);
    CHECK(picker.isOffered());
    CHECK(shown(picker) == QStringList{QString(), QStringLiteral("none"), QStringLiteral("minimal"),
                                       QStringLiteral("low"), QStringLiteral("medium"),
                                       QStringLiteral("high")});
    CHECK(picker.itemText(0) == QStringLiteral("Thinking: default (medium)"));

    // A model whose reasoning cannot be turned off, and that goes higher than "high".
    model.reasoningMandatory = true;
    model.supportedEfforts = {QStringLiteral("max"), QStringLiteral("xhigh"), QStringLiteral("high")};
    model.defaultEffort.clear();
    picker.setEffort(QStringLiteral("low"));
    picker.offerFor(&model);
    CHECK(shown(picker) ==
          QStringList{QString(), QStringLiteral("high"), QStringLiteral("xhigh"), QStringLiteral("max")});
    CHECK(picker.itemText(0) == QStringLiteral("Thinking: default"));
    // "low" is not on offer any more: the chat falls back to the model's default.
    CHECK(picker.effort().isEmpty());
}

TEST_CASE("An answer cut at its length limit says so under the text")
{
    Message answer;
    answer.role = MessageRole::Assistant;
    answer.status = MessageStatus::Completed;
    answer.content = QStringLiteral("Once upon a time");
    answer.metadata.completionTokens = 20;
    CHECK(ui::messageErrorText(answer).isEmpty());
    answer.metadata.finishReason = QStringLiteral("length");
    CHECK(ui::messageErrorText(answer) ==
          QStringLiteral("⚠ Cut off: the answer reached its length limit of 20 tokens"));
}
