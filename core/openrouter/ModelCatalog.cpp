#include "ModelCatalog.h"

#include "openrouter/OpenRouterClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace confab {

namespace {

// Prices come as strings of USD per token ("0.0000025"); some compatible servers send numbers.
double price(const QJsonValue &value)
{
    return value.isString() ? value.toString().toDouble() : value.toDouble();
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

ModelInfo modelFrom(const QJsonObject &json)
{
    ModelInfo model;
    model.id = json.value(QStringLiteral("id")).toString();
    model.name = json.value(QStringLiteral("name")).toString(model.id);
    const QJsonObject topProvider = json.value(QStringLiteral("top_provider")).toObject();
    model.contextLength = json.value(QStringLiteral("context_length"))
                              .toInt(topProvider.value(QStringLiteral("context_length")).toInt());
    model.maxCompletionTokens = topProvider.value(QStringLiteral("max_completion_tokens")).toInt();
    const QJsonObject pricing = json.value(QStringLiteral("pricing")).toObject();
    model.promptPrice = price(pricing.value(QStringLiteral("prompt")));
    model.completionPrice = price(pricing.value(QStringLiteral("completion")));
    const QJsonObject architecture = json.value(QStringLiteral("architecture")).toObject();
    model.inputModalities = strings(architecture.value(QStringLiteral("input_modalities")));
    model.outputModalities = strings(architecture.value(QStringLiteral("output_modalities")));
    if (model.inputModalities.isEmpty())
        model.inputModalities = {QStringLiteral("text")};
    if (model.outputModalities.isEmpty())
        model.outputModalities = {QStringLiteral("text")};
    const QStringList parameters = strings(json.value(QStringLiteral("supported_parameters")));
    model.supportsTools = parameters.contains(QStringLiteral("tools"));
    model.supportsReasoning = parameters.contains(QStringLiteral("reasoning"));
    const QJsonObject reasoning = json.value(QStringLiteral("reasoning")).toObject();
    model.reasoningMandatory = reasoning.value(QStringLiteral("mandatory")).toBool();
    // The engine offers only the words it knows from this list (engine/ReasoningEffort); a hostile catalogue
    // cannot make it long.
    model.supportedEfforts = strings(reasoning.value(QStringLiteral("supported_efforts"))).mid(0, 8);
    model.defaultEffort = reasoning.value(QStringLiteral("default_effort")).toString().left(16);
    return model;
}

} // namespace

QList<ModelInfo> parseModelList(const QByteArray &json)
{
    QList<ModelInfo> models;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(json).object().value(QStringLiteral("data")).toArray()) {
        ModelInfo model = modelFrom(value.toObject());
        if (!model.id.isEmpty())
            models.append(std::move(model));
    }
    return models;
}

ModelCatalog::ModelCatalog(OpenRouterClient *client, QString cachePath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cachePath(std::move(cachePath))
{}

bool ModelCatalog::loadCache()
{
    QFile file(m_cachePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QList<ModelInfo> models = parseModelList(file.readAll());
    if (models.isEmpty())
        return false;
    setModels(std::move(models));
    return true;
}

void ModelCatalog::refresh()
{
    QUrlQuery query;
    // Without it /models lists text-only models, and image models could not be picked.
    query.addQueryItem(QStringLiteral("output_modalities"), QStringLiteral("text,image"));
    QNetworkReply *reply = m_client->get(QStringLiteral("/models"), query);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (const std::optional<ChatError> error = replyError(reply, body)) {
            emit refreshFailed(*error);
            return;
        }
        using Parsed = QList<ModelInfo>;
        auto *watcher = new QFutureWatcher<Parsed>(this);
        connect(watcher, &QFutureWatcher<Parsed>::finished, this, [this, watcher, body] {
            watcher->deleteLater();
            Parsed models = watcher->result();
            if (models.isEmpty()) {
                ChatError error;
                error.kind = ChatError::Kind::Server;
                error.message = QCoreApplication::translate(
                    "ModelCatalog", "The model list from the server could not be read");
                emit refreshFailed(error);
                return;
            }
            QSaveFile cache(m_cachePath);
            if (cache.open(QIODevice::WriteOnly)) {
                cache.write(body);
                cache.commit();
            }
            setModels(std::move(models));
        });
        watcher->setFuture(QtConcurrent::run(parseModelList, body));
    });
}

const ModelInfo *ModelCatalog::find(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_models[*it];
}

void ModelCatalog::setModels(QList<ModelInfo> models)
{
    m_models = std::move(models);
    m_byId.clear();
    for (qsizetype i = 0; i < m_models.size(); ++i)
        m_byId.insert(m_models[i].id, i);
    emit modelsChanged();
}

} // namespace confab
