#pragma once

#include <QDateTime>
#include <QString>

namespace confab {

// Remembers, beside the database, that the last run closed it cleanly and when it was last fully checked.
// PRAGMA quick_check reads the whole file (over a second for a million messages), so it runs at open only
// when something may have gone wrong since: the last run crashed or was killed, the file changed behind
// Confab's back, or the last full check is a week old.
class IntegrityMarker
{
public:
    static constexpr int RecheckDays = 7;

    explicit IntegrityMarker(QString databasePath);

    // Reads and removes the marker, so that a run which dies leaves none behind.
    void consume();
    bool checkNeeded(const QDateTime &now) const;
    // Call after a full check passed.
    void noteChecked(const QDateTime &now) { m_lastCheck = now; }
    // Call after the database file is closed: records its size and time as this clean close left them.
    void writeAfterCleanClose() const;

    QString path() const { return m_databasePath + QStringLiteral(".clean"); }

private:
    QString m_databasePath;
    bool m_cleanClose = false;
    QDateTime m_lastCheck;
};

} // namespace confab
