#include "store/BackgroundIntegrityCheck.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlError>

namespace confab {

BackgroundIntegrityCheck::BackgroundIntegrityCheck(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    m_stop = true;
    if (m_thread)
        m_thread->wait();
}

void BackgroundIntegrityCheck::start()
{
    m_thread.reset(QThread::create([this] {
        bool completed = false;
        QStringList problems;
        {
            Database database(m_path);
            QString error;
            if (database.openAlongside(Database::Access::ReadOnly, &error)) {
                // Closing the window does not wait for the whole file.
                database.interruptWhen([this] { return m_stop.load(); });
                // Damage bad enough to stop the check itself is reported as what it found.
                auto check =
                    sql::run(database.connection(), QStringLiteral("PRAGMA quick_check"), {}, &error);
                while (check && check->next())
                    problems << check->value(0).toString();
                if (!check)
                    problems << error;
                else if (check->lastError().isValid())
                    problems << check->lastError().text();
                completed = !m_stop;
                check.reset();
                problems.removeAll(QStringLiteral("ok"));
            }
        }
        if (!m_stop)
            QMetaObject::invokeMethod(this,
                                      [this, completed, problems] { emit finished(completed, problems); });
    }));
    m_thread->setObjectName(QStringLiteral("confab-integrity-check"));
    m_thread->start(QThread::LowPriority);
}

} // namespace confab
