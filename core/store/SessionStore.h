#pragma once

#include "domain/Message.h"
#include "domain/Session.h"

#include <QList>
#include <QObject>

#include <optional>

namespace confab {

class Database;
class ImageStore;

// Sessions: create, rename, pin, archive, trash, restore and purge, each announced by a signal so the models
// update single rows.
class SessionStore : public QObject
{
    Q_OBJECT

public:
    SessionStore(Database *database, ImageStore *images, QObject *parent = nullptr);

    std::optional<Session> create(const QString &title, SessionType type = SessionType::Text,
                                  const QString &model = {}, const ChatParameters &parameters = {});
    std::optional<Session> get(qint64 id) const;
    // Pinned first, then most recently updated first.
    QList<Session> list(SessionStatus status) const;
    // Up to `limit` of them from `offset` on, in the same order: a page of a long history's sidebar.
    QList<Session> page(SessionStatus status, int limit, int offset) const;
    // Only the sessions among `ids`, in the same order as list(): what a search shows, without reading the
    // whole history's sessions.
    QList<Session> list(SessionStatus status, const QList<qint64> &ids) const;
    int count(SessionStatus status) const;

    bool rename(qint64 id, const QString &title);
    bool setPinned(qint64 id, bool pinned);
    bool setModel(qint64 id, const QString &model);
    bool setSystemPrompt(qint64 id, const QString &systemPrompt);
    bool setReasoningEffort(qint64 id, const QString &effort);
    // One of PdfEngine.h's ids, or "" for Confab's choice; false for anything else.
    bool setPdfEngine(qint64 id, const QString &engine);
    bool setParameters(qint64 id, const ChatParameters &parameters);
    bool setStatus(qint64 id, SessionStatus status);
    bool archive(qint64 id) { return setStatus(id, SessionStatus::Archived); }
    bool trash(qint64 id) { return setStatus(id, SessionStatus::Deleted); }
    bool restore(qint64 id) { return setStatus(id, SessionStatus::Active); }
    // Deletes the session, its messages and the image files nothing else refers to. Cannot be undone.
    bool purge(qint64 id);
    int emptyTrash();

    // Called by MessageStore when a message lands: the session moves to the top, takes the kind of content
    // it now holds, and gets a title from its first prompt.
    void noteMessageAdded(const Message &message);

    QString lastError() const { return m_lastError; }

signals:
    void sessionAdded(qint64 id);
    void sessionChanged(qint64 id);
    void sessionRemoved(qint64 id);

private:
    // Sessions of `status` in the sidebar's order; `condition` narrows them (" AND …"), `limit` pages them.
    QList<Session> listed(SessionStatus status, const QString &condition = {}, const QString &limit = {},
                          QVariantList binds = {}) const;
    bool update(qint64 id, const QString &column, const QVariant &value);
    qint64 nextActivityStamp() const;

    Database *m_database;
    ImageStore *m_images;
    mutable QString m_lastError;
};

// A title from the first prompt: its first line, cut at a word boundary.
QString titleFromPrompt(const QString &prompt);

} // namespace confab
