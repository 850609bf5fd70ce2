// Documents in the conversation sent to a chat model: the parts they become, what they take of the context
// window, and the refusals before sending.
#include "engine/DocumentContext.h"

#include "TestStore.h"
#include "catch.h"
#include "documents/DocumentPreparation.h"
#include "engine/ContextBuilder.h"
#include "openrouter/ChatRequestBody.h"
#include "openrouter/ModelCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace confab;

namespace {

AttachedDocument pdfOf(int pages)
{
    AttachedDocument document;
    document.hash = QString(64, u'a');
    document.name = QStringLiteral("plan.pdf");
    document.mime = QStringLiteral("application/pdf");
    document.size = 40'000;
    document.pages = pages;
    return document;
}

ModelInfo modelWithContext(int context, const QStringList &inputs = {QStringLiteral("text")})
{
    ModelInfo info;
    info.id = QStringLiteral("test/model");
    info.name = QStringLiteral("Test Model");
    info.contextLength = context;
    info.inputModalities = inputs;
    return info;
}

} // namespace

TEST_CASE("Earlier questions' documents go again, as file parts after the question's text")
{
    const ModelInfo info = modelWithContext(100'000);
    ContextBuilder builder(&info, 1000, {});
    int loads = 0;
    builder.setDocumentLoader([&](const AttachedDocument &document) {
        ++loads;
        return FilePart{document.name, "%PDF-1.4 body", document.mime};
    });
    Message question;
    question.role = MessageRole::User;
    question.content = QStringLiteral("Summarise");
    question.documents = {pdfOf(2)};
    Message answer;
    answer.role = MessageRole::Assistant;
    answer.status = MessageStatus::Completed;
    answer.content = QStringLiteral("It is a plan.");
    Message next;
    next.role = MessageRole::User;
    next.content = QStringLiteral("And page two?");

    const QList<ChatMessage> context = builder.build({}, {question, answer, next});
    REQUIRE(context.size() == 3);
    REQUIRE(context[0].files.size() == 1);
    CHECK(context[0].files[0].filename == QStringLiteral("plan.pdf"));
    CHECK(loads == 1);

    ChatRequest request;
    request.messages = context;
    request.pdfEngine = documentcontext::pdfEngineFor(&info);
    const QJsonObject body = QJsonDocument::fromJson(chatRequestBody(request)).object();
    const QJsonArray parts = body.value(QStringLiteral("messages"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toArray();
    // The shape of OpenRouter's PDF guide ("Sending base64-encoded PDFs").
    CHECK(parts.at(0).toObject() ==
          QJsonDocument::fromJson(R"({"type":"text","text":"Summarise"})").object());
    CHECK(
        parts.at(1).toObject() ==
        QJsonDocument::fromJson(
            R"({"type":"file","file":{"filename":"plan.pdf","file_data":"data:application/pdf;base64,JVBERi0xLjQgYm9keQ=="}})")
            .object());
    CHECK(body.value(QStringLiteral("plugins")).toArray().at(0).toObject() ==
          QJsonDocument::fromJson(R"({"id":"file-parser","pdf":{"engine":"cloudflare-ai"}})").object());
}

TEST_CASE(
    "A model that reads files itself gets PDFs natively, and the paid OCR default is never left to chance")
{
    const ModelInfo reads = modelWithContext(200'000, {QStringLiteral("text"), QStringLiteral("file")});
    const ModelInfo plain = modelWithContext(200'000);
    CHECK(documentcontext::pdfEngineFor(&reads) == QStringLiteral("native"));
    CHECK(documentcontext::pdfEngineFor(&plain) == QStringLiteral("cloudflare-ai"));
    CHECK(documentcontext::pdfEngineFor(nullptr) == QStringLiteral("cloudflare-ai"));
    // No PDF in the request: no plugin at all.
    ChatRequest request;
    request.pdfEngine = QStringLiteral("cloudflare-ai");
    request.messages << ChatMessage{QStringLiteral("user"), QStringLiteral("hi"), {}, {}, {}, {}, {}};
    CHECK_FALSE(
        QJsonDocument::fromJson(chatRequestBody(request)).object().contains(QStringLiteral("plugins")));
}

TEST_CASE("Documents that do not fit the model's context window, or are gone, are refused with the reason")
{
    test::TestStore fixture;
    QString error;
    const auto stored = fixture->documents()->store(
        prepareDocumentData(QByteArray(40'000, 'x'), QStringLiteral("log.txt")), &error);
    REQUIRE(stored);
    CHECK(documentcontext::estimateTokens(*stored) == 10'016);

    const ModelInfo small = modelWithContext(8'000);
    const QString refusal = documentcontext::refusal({*stored}, true, *fixture->documents(), &small, 1'000);
    CHECK(refusal.contains(QStringLiteral("The documents need about")));
    CHECK(refusal.contains(QStringLiteral("Test Model")));

    const ModelInfo large = modelWithContext(128'000);
    CHECK(documentcontext::refusal({*stored}, true, *fixture->documents(), &large, 1'000).isEmpty());
    CHECK(documentcontext::refusal({*stored}, false, *fixture->documents(), &large, 1'000)
              .contains(QStringLiteral("Text or Auto")));
    CHECK(documentcontext::refusal({pdfOf(3)}, true, *fixture->documents(), &large, 1'000)
              .contains(QStringLiteral("no longer in the document store")));
    CHECK(documentcontext::estimateTokens(pdfOf(3)) == 3 * documentcontext::TokensPerPdfPage);
}
