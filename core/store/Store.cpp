#include "store/Store.h"

#include "log/LogCategories.h"

namespace confab {

StoreLocation StoreLocation::inFolder(const QString &dir)
{
    return {dir + QStringLiteral("/confab.sqlite"), dir + QStringLiteral("/images"),
            dir + QStringLiteral("/cache/thumbnails")};
}

Store::Store(StoreLocation location, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_database(m_location.databasePath)
    , m_images(&m_database, m_location.imagesDir, m_location.thumbnailsDir)
    , m_documents(DocumentStore::besideImages(m_location.imagesDir))
    , m_sessions(&m_database, &m_images)
    , m_messages(&m_database, &m_sessions, &m_images)
    , m_generations(&m_database)
    , m_search(&m_database)
    , m_changes(&m_database, &m_messages)
{}

Store::~Store()
{
    if (m_database.isOpen())
        m_messages.flush();
}

OpenResult Store::open(Database::IntegrityCheck check)
{
    const OpenResult result = m_database.open(check);
    if (result.isOpen())
        qCInfo(lcStore).noquote() << "opened" << m_location.databasePath << "schema" << result.toVersion
                                  << result.message;
    else
        qCWarning(lcStore).noquote() << "could not open" << m_location.databasePath << result.message;
    return result;
}

bool Store::openAlongside(Database::Access access, QString *error)
{
    return m_database.openAlongside(access, error);
}

OpenResult Store::restoreNewestBackup()
{
    return m_database.restoreNewestBackup();
}

OpenResult Store::startFresh()
{
    return m_database.startFresh();
}

} // namespace confab
