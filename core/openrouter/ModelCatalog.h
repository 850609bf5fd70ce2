#pragma once

#include "openrouter/ChatTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace confab {

class OpenRouterClient;

struct ModelInfo
{
    QString id;
    QString name;
    int contextLength = 0;
    int maxCompletionTokens = 0; // 0 when the server does not say
    double promptPrice = 0;      // USD per token
    double completionPrice = 0;  // USD per token
    QStringList inputModalities;
    QStringList outputModalities;
    bool supportsTools = false;
    bool supportsReasoning = false;
    bool reasoningMandatory = false; // the model rejects reasoning.effort "none"
    // reasoning.supported_efforts, highest first as the catalogue lists them; empty when it gives no
    // allowlist (then every effort is accepted). reasoning.default_effort: what the model uses unasked.
    QStringList supportedEfforts;
    QString defaultEffort;

    bool acceptsImages() const { return inputModalities.contains(QStringLiteral("image")); }
    bool outputsImages() const { return outputModalities.contains(QStringLiteral("image")); }
};

// Parses a /models answer; empty when the JSON is not one.
QList<ModelInfo> parseModelList(const QByteArray &json);

// The model list from /models, kept on disk so the app starts (and knows context lengths and prices) offline.
class ModelCatalog : public QObject
{
    Q_OBJECT
public:
    ModelCatalog(OpenRouterClient *client, QString cachePath, QObject *parent = nullptr);

    // Synchronous: the cache is small enough to read at start-up, before the first window shows models.
    bool loadCache();
    // Fetches /models; the answer is parsed off the GUI thread, then written to the cache.
    void refresh();

    const QList<ModelInfo> &models() const { return m_models; }
    const ModelInfo *find(const QString &id) const;
    QString cachePath() const { return m_cachePath; }

signals:
    void modelsChanged();
    void refreshFailed(const confab::ChatError &error);

private:
    void setModels(QList<ModelInfo> models);

    OpenRouterClient *m_client;
    QString m_cachePath;
    QList<ModelInfo> m_models;
    QHash<QString, qsizetype> m_byId;
};

} // namespace confab
