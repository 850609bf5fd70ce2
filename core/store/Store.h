#pragma once

#include "store/ChangeFeed.h"
#include "store/Database.h"
#include "store/DocumentStore.h"
#include "store/GenerationStore.h"
#include "store/ImageStore.h"
#include "store/MessageStore.h"
#include "store/SearchIndex.h"
#include "store/SessionStore.h"

#include <QObject>
#include <QString>

namespace confab {

// Where one store keeps its files.
struct StoreLocation
{
    QString databasePath;
    QString imagesDir;
    QString thumbnailsDir;

    // Everything under one folder (tests, --data-dir).
    static StoreLocation inFolder(const QString &dir);
};

// The user's whole history: sessions, messages, images and the log of provider calls. The main one lives on
// the GUI thread and runs only small queries; work that grows with the history (search, export, import) runs
// on a worker thread through a Store of its own opened alongside.
class Store : public QObject
{
    Q_OBJECT

public:
    explicit Store(StoreLocation location, QObject *parent = nullptr);
    ~Store() override;

    OpenResult open(Database::IntegrityCheck check = Database::IntegrityCheck::AtOpen);
    // A second Store on files the main one has opened, for work on another thread (Database::openAlongside).
    bool openAlongside(Database::Access access, QString *error);
    OpenResult restoreNewestBackup();
    OpenResult startFresh();
    bool isOpen() const { return m_database.isOpen(); }

    Database &database() { return m_database; }
    SessionStore *sessions() { return &m_sessions; }
    MessageStore *messages() { return &m_messages; }
    ImageStore *images() { return &m_images; }
    DocumentStore *documents() { return &m_documents; }
    GenerationStore *generations() { return &m_generations; }
    const SearchIndex &search() const { return m_search; }
    // What other connections (the CLI, a second window, the sync worker) wrote, once started.
    ChangeFeed *changes() { return &m_changes; }
    const StoreLocation &location() const { return m_location; }

private:
    StoreLocation m_location;
    Database m_database;
    ImageStore m_images;
    DocumentStore m_documents;
    SessionStore m_sessions;
    MessageStore m_messages;
    GenerationStore m_generations;
    SearchIndex m_search;
    ChangeFeed m_changes;
};

} // namespace confab
