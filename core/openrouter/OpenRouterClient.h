#pragma once

#include "openrouter/AccountInfo.h"
#include "openrouter/ChatStream.h"
#include "openrouter/ChatTypes.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;

namespace confab {

// The one place that talks to OpenRouter (or any OpenAI-compatible server at another base URL). It adds the
// key and the app attribution headers to every request; the key lives only in memory and is never logged.
class OpenRouterClient : public QObject, public ChatProvider
{
    Q_OBJECT
public:
    explicit OpenRouterClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    // https://openrouter.ai/api/v1; Backend points the client elsewhere from Settings or the environment.
    static QUrl defaultBaseUrl();

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key) { m_apiKey = key; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    void setStreamSettings(const StreamSettings &settings) { m_streamSettings = settings; }
    StreamSettings streamSettings() const { return m_streamSettings; }
    // /generation answers 404 until its stats are ready, often for over a second after the stream ends.
    void setGenerationLookup(int attempts, int delayMs);

    // Starts at once; the job is a child of this client and is deleted with it or by the caller.
    ChatStream *streamChat(const ChatRequest &request) override;
    QUrl endpoint() const override { return m_baseUrl; }
    QString name() const override { return QStringLiteral("openrouter"); }

    void checkKey();
    void fetchGenerationCost(const QString &generationId);

    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query = {}) const;
    QNetworkReply *get(const QString &path, const QUrlQuery &query = {});

signals:
    void keyChecked(const confab::KeyInfo &info);
    void keyCheckFailed(const confab::ChatError &error);
    void generationCostReady(const QString &generationId, const confab::GenerationStats &stats);
    void generationCostFailed(const QString &generationId, const confab::ChatError &error);

private:
    void requestGeneration(const QString &generationId, int attempt);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    StreamSettings m_streamSettings;
    int m_generationAttempts = 6;
    int m_generationDelayMs = 1000;
};

// The user-facing error for a finished non-streaming reply, or nullopt when it succeeded.
std::optional<ChatError> replyError(QNetworkReply *reply, const QByteArray &body);

} // namespace confab
