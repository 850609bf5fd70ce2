#pragma once

#include "domain/Generation.h"
#include "domain/Message.h"
#include "engine/TurnServices.h"

#include <QElapsedTimer>
#include <QObject>

namespace confab {

// One answer being produced. Owns its provider jobs, writes the answer and its generation rows through the
// store, and ends with exactly one done() signal.
class Turn : public QObject
{
    Q_OBJECT
public:
    Turn(TurnContext context, QObject *parent);

    virtual void start() = 0;
    // The user pressed Stop: cancel the provider call, keep what arrived, mark the answer stopped.
    void stop();

    qint64 sessionId() const { return m_context.sessionId; }
    qint64 messageId() const { return m_context.assistantMessageId; }

signals:
    void done(qint64 sessionId, qint64 messageId, bool succeeded, const QString &error);
    // See ConversationEngine::toolCallChanged.
    void toolCallChanged(qint64 sessionId, qint64 messageId, int index, const confab::ToolCallRecord &call);

protected:
    virtual void cancelProviderCall() = 0;

    qint64 beginGeneration(GenerationKind kind, const QString &provider, const QString &model);
    void endGeneration(qint64 generationId, const GenerationOutcome &outcome);

    // Stores image bytes as outputs of the answer; returns how many were stored.
    int storeOutputImages(const QList<QPair<QByteArray, QString>> &images);
    // Stores a tool result's pictures (checked as attachments are) as outputs of the answer, so export and
    // sync carry them with it; returns the hashes kept and, in refusals, why each other one was not.
    QStringList storeToolPictures(const QList<QPair<QByteArray, QString>> &pictures, QStringList *refusals);

    void succeed(MessageMetadata metadata);
    void failWith(const QString &error);
    void finishStopped();

    bool isStopping() const { return m_stopping; }
    bool isOver() const { return m_over; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    TurnContext m_context;

private:
    // Keeps pictures in the image store and links them to the answer; refusals gets why others were not.
    QList<MessageImage> keepImages(const QList<QPair<QByteArray, QString>> &images, QStringList *refusals);

    QElapsedTimer m_clock;
    int m_nextImagePosition = 0;
    bool m_stopping = false;
    bool m_over = false;
};

} // namespace confab
