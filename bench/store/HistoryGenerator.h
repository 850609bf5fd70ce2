#pragma once

#include <QString>

namespace confab {
class Store;
}

namespace confab::bench {

struct HistoryShape
{
    qint64 totalMessages = 1'000'000;
    qint64 bigSessionMessages = 100'000;
};

// Titles of the sessions the benchmark opens.
inline const QString BigSessionTitle = QStringLiteral("Big session");
inline const QString HundredSessionTitle = QStringLiteral("Hundred messages");
inline const QString TenSessionTitle = QStringLiteral("Ten messages");

// Fills an empty, open store in one transaction with prepared statements: one big session, a 100- and a
// 10-message session, and sessions of 200 messages for the rest. Text is drawn from a Zipf-like vocabulary
// so full-text queries see realistic term frequencies.
bool generateHistory(Store &store, const HistoryShape &shape, QString *error);

// A vocabulary word by frequency rank (0 = most common), the same on every run.
QString vocabularyWord(int rank);
int vocabularySize();

} // namespace confab::bench
