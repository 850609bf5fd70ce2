#include "ChatCommand.h"

#include "cli/ChatOptions.h"
#include "cli/Interrupt.h"
#include "cli/Output.h"
#include "cli/TerminalElicitor.h"
#include "cli/TerminalToolApprover.h"
#include "cli/ToolCallLines.h"
#include "domain/PdfEngine.h"
#include "engine/AnswerLength.h"
#include "engine/AttachmentIntake.h"
#include "engine/Backend.h"
#include "engine/ConversationEngine.h"
#include "engine/ReasoningEffort.h"
#include "engine/TitleWriter.h"
#include "fal/FalImageModels.h"
#include "keys/KeyStore.h"
#include "mcp/McpConnections.h"
#include "openrouter/ModelCatalog.h"
#include "settings/ChatPresets.h"
#include "store/ImageStore.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace confab::cli {

namespace {

constexpr int KeyLoadTimeoutMs = 15'000;

void waitForKeys(KeyStore *keys)
{
    if (keys->isLoaded())
        return;
    QEventLoop loop;
    QObject::connect(keys, &KeyStore::loaded, &loop, &QEventLoop::quit);
    QTimer::singleShot(KeyLoadTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}

constexpr int CatalogueTimeoutMs = 20'000;
// A chat's title comes from a short call after the first answer; the command waits this long for it, and a
// title not written by then is left as the prompt's.
constexpr int TitleTimeoutMs = 20'000;

// The catalogue entry of the model a chat turn will use, fetching /models when the cached list does not know
// it (a fresh store has no cache): image-output models need modalities, and every model its own answer
// length and reasoning efforts. nullptr when the model is not listed or the list could not be had; the chat
// then goes ahead without.
const ModelInfo *catalogueEntry(Backend &backend, const QString &model)
{
    ModelCatalog *catalogue = backend.models();
    if (const ModelInfo *known = catalogue->find(model))
        return known;
    QEventLoop loop;
    QObject::connect(catalogue, &ModelCatalog::modelsChanged, &loop, &QEventLoop::quit);
    QObject::connect(catalogue, &ModelCatalog::refreshFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(CatalogueTimeoutMs, &loop, &QEventLoop::quit);
    catalogue->refresh();
    loop.exec();
    return catalogue->find(model);
}

// A prompt piped from a Windows program or file ends its lines with CRLF; the stored and sent prompt has
// plain line ends whatever the source, as one typed into the window has.
QString readStandardInput()
{
    QTextStream in(stdin);
    in.setEncoding(QStringConverter::Utf8);
    return in.readAll().replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

// The pages an answer cites, numbered as in the window, under the answer.
QString citationList(const QList<Citation> &citations)
{
    if (citations.isEmpty())
        return {};
    QString list = QStringLiteral("\n");
    for (qsizetype i = 0; i < citations.size(); ++i) {
        const Citation &citation = citations.at(i);
        list += QStringLiteral("[%1] %2%3\n")
                    .arg(i + 1)
                    .arg(citation.title.isEmpty() ? QString() : citation.title + QStringLiteral(" — "),
                         citation.url);
    }
    return list;
}

// Checks and stores the files named on the command line, through the same intake as the window's: pictures
// into `hashes`, documents into `documents` (refused when that is null: `confab edit` takes pictures only).
// Empty error when all of them are usable, else each refusal on a line.
QString attachFiles(AttachmentIntake *intake, const QStringList &paths, QStringList *hashes,
                    QList<AttachedDocument> *documents = nullptr)
{
    if (paths.isEmpty())
        return {};
    QStringList errors;
    qsizetype answered = 0;
    QEventLoop loop;
    QObject::connect(intake, &AttachmentIntake::attached, &loop, [&](const Attachment &attachment) {
        if (!attachment.ok())
            errors << attachment.error;
        else if (!attachment.isDocument())
            *hashes << attachment.hash;
        else if (documents)
            *documents << attachment.document;
        else
            errors
                << QCoreApplication::translate("ChatCommand", "%1 is not an image.").arg(attachment.source);
        if (++answered == paths.size())
            loop.quit();
    });
    intake->addFiles(paths);
    loop.exec();
    return errors.join(u'\n');
}

QStringList saveImages(Store *store, qint64 messageId, const QString &outDir, QString *error)
{
    QStringList written;
    if (!QDir().mkpath(outDir)) {
        *error = QCoreApplication::translate("ChatCommand", "Cannot create the folder %1.").arg(outDir);
        return written;
    }
    const auto message = store->messages()->get(messageId);
    if (!message)
        return written;
    int index = 1;
    for (const MessageImage &image : message->images) {
        if (image.role != ImageRole::Output)
            continue;
        const QString target = QDir(outDir).filePath(QStringLiteral("confab-%1-%2.%3")
                                                         .arg(messageId)
                                                         .arg(index++)
                                                         .arg(fileExtensionForMime(image.mime)));
        QFile::remove(target);
        if (!QFile::copy(store->images()->pathFor(image.hash), target)) {
            *error = QCoreApplication::translate("ChatCommand", "Cannot write %1.").arg(target);
            return written;
        }
        written << target;
    }
    return written;
}

// A new chat starts from the default preset; a continued one keeps its own settings. The options change
// either.
int chatParameters(const QCommandLineParser &parser, Backend &backend, TurnRequest *request)
{
    if (!hasChatParameterOptions(parser))
        return Ok;
    ChatParameters parameters;
    if (request->sessionId != 0) {
        const auto session = backend.store()->sessions()->get(request->sessionId);
        if (!session) {
            err(QStringLiteral("There is no chat %1.\n").arg(request->sessionId));
            return UsageError;
        }
        parameters = session->parameters();
    } else if (const auto preset = ChatPresets(backend.settings()).defaultPreset()) {
        parameters = preset->parameters;
    }
    QString error;
    if (!applyChatParameterOptions(parser, backend.settings(), &parameters, &error)) {
        err(error + u'\n');
        return UsageError;
    }
    if (request->sessionId == 0)
        request->parameters = parameters;
    else if (!backend.store()->sessions()->setParameters(request->sessionId, parameters)) {
        err(backend.store()->sessions()->lastError() + u'\n');
        return Failed;
    }
    return Ok;
}

// One line per fal model of the kind: id, name and price.
QString imageModelList(FalImageModel::Kind kind, const FalPriceList &prices)
{
    QString list;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const FalImageModel &model : falimagemodels::all()) {
        if (model.kind == kind)
            list += QStringLiteral("  %1  %2, %3\n").arg(model.id, model.name, prices.label(model.id, now));
    }
    return list;
}

// --tools: the servers must be the user's own, configured and enabled on this machine.
int toolServers(const QCommandLineParser &parser, Backend &backend, TurnRequest *request)
{
    if (!parser.isSet(QStringLiteral("tools")))
        return Ok;
    QStringList names;
    for (const QString &value : parser.values(QStringLiteral("tools")))
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts))
            names << name.trimmed();
    if (names == QStringList{QStringLiteral("none")}) {
        request->toolServers = QStringList();
        return Ok;
    }
    for (const QString &name : std::as_const(names)) {
        const auto config = backend.mcp()->serverList().server(name);
        if (!config) {
            err(QCoreApplication::translate(
                    "ChatCommand", "confab chat: there is no MCP server named \"%1\" (see confab mcp "
                                   "list).\n")
                    .arg(name));
            return UsageError;
        }
        if (!config->enabled) {
            err(QCoreApplication::translate("ChatCommand", "confab chat: the MCP server %1 is disabled.\n")
                    .arg(name));
            return UsageError;
        }
    }
    request->toolServers = names;
    return Ok;
}

} // namespace

void addSendOptions(const QString &command, QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("session"),
         QCoreApplication::translate("ChatCommand", "Continue chat <id> instead of starting one."),
         QStringLiteral("id")});
    if (command == QStringLiteral("chat")) {
        parser.addOption({QStringLiteral("model"),
                          QCoreApplication::translate("ChatCommand", "OpenRouter model id."),
                          QStringLiteral("model")});
        parser.addOption(
            {QStringLiteral("auto"),
             QCoreApplication::translate("ChatCommand", "Let the model make or edit images with tools.")});
        parser.addOption(
            {QStringLiteral("reasoning-effort"),
             QStringLiteral("How hard a reasoning model thinks in this chat: off, minimal, low, medium, "
                            "high, xhigh, max (those the model takes) or default (the model's own)."),
             QStringLiteral("level")});
        parser.addOption({QStringLiteral("show-reasoning"),
                          QStringLiteral("Print the model's reasoning to stderr as it streams.")});
        parser.addOption({QStringLiteral("attach"),
                          QCoreApplication::translate(
                              "ChatCommand", "Send a file with the question: a picture, or a PDF, text, "
                                             "Markdown, CSV, JSON or source file. Repeatable."),
                          QStringLiteral("file")});
        parser.addOption({QStringLiteral("pdf-engine"),
                          QCoreApplication::translate(
                              "ChatCommand", "How this chat's PDFs are read for a model that cannot read "
                                             "files: cloudflare-ai (free), mistral-ocr (billed per page), "
                                             "native (billed as input tokens) or auto."),
                          QStringLiteral("engine")});
        parser.addOption({QStringLiteral("web"),
                          QCoreApplication::translate(
                              "ChatCommand", "Let the model search the web (billed per search); the pages it "
                                             "cites are listed under the answer.")});
        parser.addOption({QStringLiteral("tools"),
                          QCoreApplication::translate(
                              "ChatCommand", "Offer the tools of these MCP servers (see confab mcp list) in "
                                             "this chat; \"none\" offers none. Each call asks first."),
                          QStringLiteral("name[,name]")});
        parser.addOption({QStringLiteral("allow"),
                          QCoreApplication::translate(
                              "ChatCommand", "Let this tool (TOOL or SERVER/TOOL) run without asking. "
                                             "Repeatable."),
                          QStringLiteral("tool")});
        parser.addOption({QStringLiteral("allow-all"),
                          QCoreApplication::translate(
                              "ChatCommand", "Let every tool of the chat's servers run without asking.")});
        addChatParameterOptions(parser);
        parser.addPositionalArgument(
            QStringLiteral("prompt"),
            QCoreApplication::translate("ChatCommand", "The prompt; read from stdin if absent."));
        return;
    }
    parser.addOption({QStringLiteral("out"),
                      QCoreApplication::translate("ChatCommand", "Folder for the images (default: .)."),
                      QStringLiteral("dir"), QStringLiteral(".")});
    parser.addOption({QStringLiteral("count"),
                      QCoreApplication::translate("ChatCommand", "Number of images, 1–4."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("aspect"),
                      QCoreApplication::translate("ChatCommand", "Aspect ratio, e.g. 16:9."),
                      QStringLiteral("ratio")});
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate("ChatCommand", "jpeg, png or webp, as the model offers."),
                      QStringLiteral("format")});
    parser.addOption({QStringLiteral("model"),
                      QCoreApplication::translate("ChatCommand", "fal model id; without a valid one the list "
                                                                 "of models with their prices is shown."),
                      QStringLiteral("model")});
    if (command == QStringLiteral("edit"))
        parser.addOption({QStringLiteral("resolution"),
                          QCoreApplication::translate("ChatCommand", "Output resolution, e.g. 2K, for the "
                                                                     "models that take one."),
                          QStringLiteral("resolution")});
    if (command == QStringLiteral("image")) {
        parser.addOption({QStringLiteral("seed"),
                          QCoreApplication::translate("ChatCommand", "Seed for repeatable images."),
                          QStringLiteral("n")});
        parser.addOption(
            {QStringLiteral("raw"),
             QCoreApplication::translate("ChatCommand", "Less processed, more natural-looking images.")});
        parser.addPositionalArgument(QStringLiteral("prompt"),
                                     QCoreApplication::translate("ChatCommand", "What to draw."));
    } else {
        parser.addPositionalArgument(QStringLiteral("prompt"),
                                     QCoreApplication::translate("ChatCommand", "How to change the images."));
        parser.addPositionalArgument(QStringLiteral("images"),
                                     QCoreApplication::translate("ChatCommand", "Image files to edit."),
                                     QStringLiteral("IMAGE..."));
    }
}

int runSendCommand(const QString &command, const QCommandLineParser &parser, Backend &backend)
{
    QStringList positional = parser.positionalArguments();
    TurnRequest request;
    request.sessionId = parser.value(QStringLiteral("session")).toLongLong();
    if (command == QStringLiteral("chat")) {
        request.mode = parser.isSet(QStringLiteral("auto")) ? GenerationMode::Auto : GenerationMode::Text;
        request.model = parser.value(QStringLiteral("model"));
        request.webSearch = parser.isSet(QStringLiteral("web"));
        if (parser.isSet(QStringLiteral("pdf-engine"))) {
            const QString engine = parser.value(QStringLiteral("pdf-engine"));
            request.pdfEngine = engine == QLatin1String("auto") ? QString() : engine;
            if (!isPdfEngine(*request.pdfEngine)) {
                QString choices;
                for (const PdfEngine &known : pdfEngines())
                    choices += QStringLiteral("  %1  %2, %3%4\n")
                                   .arg(known.id, known.name, known.cost,
                                        known.costsMoney ? QStringLiteral(" ($)") : QString());
                err(QCoreApplication::translate("ChatCommand",
                                                "confab chat: \"%1\" is not a PDF engine. Choose one with "
                                                "--pdf-engine (or auto):\n")
                        .arg(engine) +
                    choices);
                return UsageError;
            }
        }
        if (parser.isSet(QStringLiteral("reasoning-effort"))) {
            request.reasoningEffort =
                reasoningEffortFromName(parser.value(QStringLiteral("reasoning-effort")));
            if (!request.reasoningEffort) {
                err(QStringLiteral("confab chat: --reasoning-effort takes off, minimal, low, medium, high, "
                                   "xhigh, max or default, not \"%1\".\n")
                        .arg(parser.value(QStringLiteral("reasoning-effort"))));
                return UsageError;
            }
        }
        request.prompt = positional.isEmpty() ? readStandardInput() : positional.join(u' ');
        if (const QString refused =
                attachFiles(backend.attachments(), parser.values(QStringLiteral("attach")),
                            &request.imageHashes, &request.documents);
            !refused.isEmpty()) {
            err(refused + u'\n');
            return Refused;
        }
        if (const int refused = chatParameters(parser, backend, &request); refused != Ok)
            return refused;
        if (const int refused = toolServers(parser, backend, &request); refused != Ok)
            return refused;
    } else {
        request.mode =
            command == QStringLiteral("image") ? GenerationMode::TextToImage : GenerationMode::ImageToImage;
        request.prompt = positional.value(0);
        request.image.count = parser.value(QStringLiteral("count")).toInt();
        request.image.aspectRatio = parser.value(QStringLiteral("aspect"));
        request.image.format = parser.value(QStringLiteral("format"));
        request.image.resolution = parser.value(QStringLiteral("resolution"));
        request.model = parser.value(QStringLiteral("model"));
        if (parser.isSet(QStringLiteral("model"))) {
            const FalImageModel::Kind kind = command == QStringLiteral("image")
                                                 ? FalImageModel::Kind::TextToImage
                                                 : FalImageModel::Kind::Edit;
            if (const FalImageModel *model = falimagemodels::find(request.model);
                !model || model->kind != kind) {
                err(QCoreApplication::translate("ChatCommand",
                                                "confab %1: \"%2\" is not a model Confab offers "
                                                "here. Choose one with --model:\n")
                        .arg(command, request.model) +
                    imageModelList(kind, backend.falPrices()));
                return UsageError;
            }
        }
        if (command == QStringLiteral("image")) {
            if (parser.isSet(QStringLiteral("seed")))
                request.image.seed = parser.value(QStringLiteral("seed")).toLongLong();
            request.image.raw = parser.isSet(QStringLiteral("raw"));
        }
        if (command == QStringLiteral("edit")) {
            const QStringList files = positional.mid(1);
            if (files.isEmpty() && request.sessionId == 0) {
                err(QCoreApplication::translate("ChatCommand",
                                                "confab edit: name at least one image file to edit.\n"));
                return UsageError;
            }
            if (const QString refused = attachFiles(backend.attachments(), files, &request.imageHashes);
                !refused.isEmpty()) {
                err(refused + u'\n');
                return Refused;
            }
        }
    }

    waitForKeys(backend.keys());
    ConversationEngine *engine = backend.engine();
    Store *store = backend.store();
    // Without the key the engine refuses the chat below; nothing goes out before that.
    if (command == QStringLiteral("chat") && backend.keys()->hasKey(Provider::OpenRouter)) {
        QString model = request.model;
        if (model.isEmpty() && request.sessionId != 0)
            if (const auto session = store->sessions()->get(request.sessionId))
                model = session->model;
        if (model.isEmpty())
            model = engine->defaultModel(request.mode);
        const ModelInfo *entry = catalogueEntry(backend, model);
        if (request.reasoningEffort && entry &&
            !reasoningEffortsOffered(entry).contains(*request.reasoningEffort)) {
            QStringList offered = reasoningEffortsOffered(entry).mid(1);
            offered.replaceInStrings(QStringLiteral("none"), QStringLiteral("off"));
            offered.append(QStringLiteral("default"));
            err(QStringLiteral("confab chat: %1 takes --reasoning-effort %2, not \"%3\".\n")
                    .arg(model, offered.join(QStringLiteral(", ")), *request.reasoningEffort));
            return UsageError;
        }
    }
    // The turn takes its approver when it starts, in send().
    const bool chat = command == QStringLiteral("chat");
    TerminalToolApprover approver({chat ? parser.values(QStringLiteral("allow")) : QStringList(),
                                   chat && parser.isSet(QStringLiteral("allow-all"))});
    engine->setToolApprover(&approver);
    const auto forgetApprover = qScopeGuard([engine] { engine->setToolApprover(nullptr); });
    TerminalElicitor elicitor;
    if (backend.mcp())
        backend.mcp()->setElicitor(&elicitor);
    const auto forgetElicitor = qScopeGuard([&backend] {
        if (backend.mcp())
            backend.mcp()->setElicitor(nullptr);
    });
    const SendOutcome sent = engine->send(request);
    if (!sent) {
        err(sent.message + u'\n');
        return Refused;
    }
    if (!sent.message.isEmpty())
        err(sent.message + u'\n');
    if (request.sessionId == 0)
        err(QCoreApplication::translate("ChatCommand", "Started chat %1 (continue it with --session %1).\n")
                .arg(sent.sessionId));

    const bool textOut = command == QStringLiteral("chat");
    const ToolCallLines toolLines(engine, backend.mcp(), engine->toolServers(sent.sessionId));
    const bool reasoningOut = textOut && parser.isSet(QStringLiteral("show-reasoning"));
    qsizetype printed = 0;
    qsizetype reasoningPrinted = 0;
    QString lastProgress;
    int exitCode = Ok;
    QEventLoop loop;
    QObject::connect(store->messages(), &MessageStore::messageChanged, &loop,
                     [&](qint64, qint64 messageId, MessageChanges) {
                         if (messageId != sent.assistantMessageId)
                             return;
                         const auto message = store->messages()->get(messageId);
                         if (!message)
                             return;
                         if (reasoningOut && message->reasoning.size() > reasoningPrinted) {
                             err(message->reasoning.mid(reasoningPrinted));
                             reasoningPrinted = message->reasoning.size();
                         }
                         // The reasoning ends where the answer starts, on a line of its own.
                         if (reasoningPrinted > 0 && printed == 0 && !message->content.isEmpty())
                             err(QStringLiteral("\n"));
                         if (textOut && message->content.size() > printed) {
                             out(message->content.mid(printed));
                             printed = message->content.size();
                         }
                         if (!message->metadata.progress.isEmpty() &&
                             message->metadata.progress != lastProgress) {
                             lastProgress = message->metadata.progress;
                             err(lastProgress + u'\n');
                         }
                     });
    const auto isStopped = [&] {
        const auto answer = store->messages()->get(sent.assistantMessageId);
        return answer && answer->status == MessageStatus::Stopped;
    };
    const auto conclude = [&](bool succeeded, const QString &error) {
        if (textOut && printed > 0)
            out(QStringLiteral("\n"));
        if (textOut) {
            if (const auto answer = store->messages()->get(sent.assistantMessageId))
                out(citationList(answer->metadata.citations));
        }
        if (succeeded && !textOut) {
            QString saveError;
            const QStringList files =
                saveImages(store, sent.assistantMessageId, parser.value(QStringLiteral("out")), &saveError);
            for (const QString &file : files)
                out(file + u'\n');
            if (!saveError.isEmpty()) {
                err(saveError + u'\n');
                exitCode = Failed;
            }
        } else if (isStopped()) {
            err(QCoreApplication::translate("ChatCommand",
                                            "Stopped; the partial answer is kept in chat %1.\n")
                    .arg(sent.sessionId));
            exitCode = Interrupted;
        } else if (!succeeded) {
            err(error + u'\n');
            exitCode = Failed;
        }
        if (const auto answer = store->messages()->get(sent.assistantMessageId);
            succeeded && answer && stoppedAtLengthLimit(*answer))
            err(QCoreApplication::translate("ChatCommand",
                                            "The answer was cut off at its length limit (%1 tokens); allow "
                                            "more with --max-tokens.\n")
                    .arg(answer->metadata.completionTokens));
        loop.quit();
    };
    QObject::connect(engine, &ConversationEngine::turnFinished, &loop,
                     [&](qint64, qint64 messageId, bool succeeded, const QString &error) {
                         if (messageId == sent.assistantMessageId)
                             conclude(succeeded, error);
                     });
    Interrupt interrupt;
    QObject::connect(&interrupt, &Interrupt::requested, &loop, [&] { engine->stop(sent.sessionId); });
    if (engine->isBusy(sent.sessionId)) {
        loop.exec();
    } else if (const auto answer = store->messages()->get(sent.assistantMessageId)) {
        conclude(answer->status == MessageStatus::Completed, answer->metadata.error);
    }
    // The first answer names the chat (TitleWriter) before the command ends, as in the window.
    if (TitleWriter *titles = backend.titles(); exitCode == Ok && titles->isWriting(sent.sessionId)) {
        QEventLoop titleLoop;
        QObject::connect(titles, &TitleWriter::titleFinished, &titleLoop, [&](qint64 sessionId) {
            if (sessionId == sent.sessionId)
                titleLoop.quit();
        });
        QObject::connect(&interrupt, &Interrupt::requested, &titleLoop, &QEventLoop::quit);
        QTimer::singleShot(TitleTimeoutMs, &titleLoop, &QEventLoop::quit);
        titleLoop.exec();
    }
    store->messages()->flush();
    return exitCode;
}

} // namespace confab::cli
