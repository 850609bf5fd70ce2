#pragma once

#include "Scenario.h"
#include "http/RawHttpServer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QQueue>

namespace confab::testserver {

// OpenRouter's /api/v1 on 127.0.0.1: /chat/completions (streamed or not), /models, /key, /auth/key and
// /generation. A chat request takes the next queued scenario, else the one a "[scenario:NAME]" marker in the
// last user message names, else the default answer.
class OpenRouterServer : public QObject
{
    Q_OBJECT
public:
    explicit OpenRouterServer(QObject *parent = nullptr);
    ~OpenRouterServer() override;

    bool listen(quint16 port = 0);
    QUrl baseUrl() const; // ends in /api/v1

    void enqueue(const Scenario &scenario);
    // Title requests (recognized by their system prompt) take these, else they get a title made from the
    // question; they never take the chat queue, and chatRequests() leaves them out.
    void enqueueTitle(const Scenario &scenario) { m_titleQueue.enqueue(scenario); }
    QList<HttpRequest> titleRequests() const;
    QString lastTitle() const { return m_lastTitle; }
    // What a chat request without a queued scenario or a marker gets (confab-testserver
    // --openrouter-scenario).
    void setDefaultScenario(const Scenario &scenario) { m_defaultScenario = scenario; }
    int queuedScenarios() const { return int(m_queue.size()); }

    // Any "Bearer" key is accepted unless an expected key is set; "sk-or-bad..." keys are always refused.
    void setExpectedKey(const QString &key) { m_expectedKey = key; }
    void setTokenDelayMs(int ms) { m_tokenDelayMs = ms; }
    // /generation answers 404 this many times per id before its stats are "ready".
    void setGenerationNotReadyCount(int count) { m_generationNotReady = count; }

    const QList<HttpRequest> &requests() const { return m_http.requests(); }
    QList<HttpRequest> chatRequests() const;
    void clearRequests() { m_http.clearRequests(); }

    // What the last chat answer was meant to contain, for exact comparisons in tests.
    QString lastAnswerText() const { return m_lastAnswer; }
    QString lastReasoning() const { return m_lastReasoning; }
    QByteArray lastImage() const { return m_lastImage; }
    QString lastGenerationId() const { return m_lastGenerationId; }
    double lastCost() const { return m_lastCost; }
    // Why the last refused tool-conversation request was refused (the provider's words), empty if none was.
    QString lastRefusal() const { return m_lastRefusal; }

    static QStringList scenarioNames() { return Scenario::names(); }
    static bool scenarioFromName(const QString &name, Scenario *scenario)
    {
        return Scenario::fromName(name, scenario);
    }

private:
    struct Generation
    {
        QString model;
        double cost = 0;
        int promptTokens = 0;
        int completionTokens = 0;
        int lookups = 0;
    };

    void handle(const HttpRequest &request, HttpExchange *exchange);
    bool authorize(const HttpRequest &request, HttpExchange *exchange) const;
    void handleChat(const HttpRequest &request, HttpExchange *exchange);
    void handleGeneration(const HttpRequest &request, HttpExchange *exchange);
    Scenario pickScenario(const QJsonObject &body);
    void stream(const Scenario &scenario, const QList<QByteArray> &events, const QByteArray &comment,
                HttpExchange *exchange, int tokenDelayMs);
    void keepCommenting(HttpExchange *exchange, const QByteArray &comment, int intervalMs, int forMs,
                        std::function<void()> then);

    RawHttpServer m_http;
    QQueue<Scenario> m_queue;
    QQueue<Scenario> m_titleQueue;
    QString m_lastTitle;
    QString m_expectedKey;
    int m_tokenDelayMs = 0;
    int m_generationNotReady = 0;
    int m_generationCounter = 0;
    QHash<QString, Generation> m_generations;
    // The merged reasoning_details a thinking answer streamed, by the id of its first tool call.
    QHash<QString, QJsonArray> m_issuedReasoning;
    QHash<QString, QString> m_issuedSessions; // tool call id -> the session_id of the request that made it

    QString m_lastAnswer;
    QString m_lastReasoning;
    QByteArray m_lastImage;
    QHash<QString, QByteArray> m_files; // pictures served at /files/NAME for linked answers
    QString m_lastGenerationId;
    double m_lastCost = 0;
    QString m_lastRefusal;
    Scenario m_defaultScenario;
};

} // namespace confab::testserver
