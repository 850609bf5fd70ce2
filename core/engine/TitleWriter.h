#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

namespace confab {

class ChatProvider;
class ChatReply;
class ConversationEngine;
class KeyStore;
class Settings;
class Store;
struct ChatError;
struct ChatResult;

// Names a chat after its first answer with a short title from a cheap model (Settings → title model; none
// when titles are off). The title streams into the session as it arrives, so the sidebar shows it growing; a
// chat the user renamed is left alone. The call is logged as a generations row of kind "title".
class TitleWriter : public QObject
{
    Q_OBJECT
public:
    TitleWriter(ConversationEngine *engine, Store *store, Settings *settings, KeyStore *keys,
                ChatProvider *chat, QObject *parent = nullptr);
    ~TitleWriter() override;

    // The system prompt of a title request; the local test server recognizes title requests by it.
    static QString instruction();
    // A model's reply made into a title: one line, no quotes or closing period, at most 60 characters.
    static QString cleaned(const QString &reply);

    bool isWriting(qint64 sessionId) const { return !m_running.value(sessionId).isNull(); }

signals:
    void titleFinished(qint64 sessionId, bool succeeded);

private:
    void onTurnFinished(qint64 sessionId, qint64 answerId, bool succeeded);
    void write(qint64 sessionId, qint64 answerId, const QString &question, const QString &answer,
               const QString &fallbackTitle);

    Store *m_store;
    Settings *m_settings;
    KeyStore *m_keys;
    ChatProvider *m_chat;
    QHash<qint64, QPointer<ChatReply>> m_running;
};

} // namespace confab
