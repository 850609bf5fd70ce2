#include "HistoryGenerator.h"

#include "store/Store.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace confab::bench {
namespace {

constexpr int VocabularySize = 20'000;
constexpr int SmallSessionSize = 200;

const QStringList &vocabulary()
{
    static const QStringList words = [] {
        static const char *const syllables[] = {"ka",  "lo",  "mi",  "ne",  "ru",  "sa",  "ti",
                                                "vo",  "xe",  "zu",  "bra", "cle", "dri", "fro",
                                                "glu", "pla", "que", "sti", "tro", "wen"};
        constexpr int count = int(std::size(syllables));
        QStringList list;
        list.reserve(VocabularySize);
        for (int i = 0; list.size() < VocabularySize; ++i) {
            // Two to four syllables, a distinct word per index.
            QString word;
            int n = i;
            do {
                word += QLatin1String(syllables[n % count]);
                n /= count;
            } while (n > 0);
            word += QLatin1String(syllables[(i * 7) % count]);
            list << word;
        }
        return list;
    }();
    return words;
}

// Draws word ranks with probability proportional to 1 / (rank + 1).
class ZipfWords
{
public:
    explicit ZipfWords(quint32 seed)
        : m_random(seed)
    {
        m_cumulative.reserve(VocabularySize);
        double sum = 0;
        for (int rank = 0; rank < VocabularySize; ++rank) {
            sum += 1.0 / (rank + 1);
            m_cumulative.push_back(sum);
        }
    }

    QString sentence(int words)
    {
        std::uniform_real_distribution<double> pick(0.0, m_cumulative.back());
        QString text;
        for (int i = 0; i < words; ++i) {
            const double x = pick(m_random);
            const auto rank =
                int(std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x) - m_cumulative.begin());
            if (i > 0)
                text += QLatin1Char(' ');
            text += vocabulary().at(rank);
        }
        return text;
    }

    int length() { return std::uniform_int_distribution<int>(8, 60)(m_random); }

private:
    std::mt19937 m_random;
    std::vector<double> m_cumulative;
};

} // namespace

QString vocabularyWord(int rank)
{
    return vocabulary().at(rank);
}

int vocabularySize()
{
    return VocabularySize;
}

bool generateHistory(Store &store, const HistoryShape &shape, QString *error)
{
    QSqlDatabase db = store.database().connection();
    ZipfWords words(20261125);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery session(db);
    session.prepare(
        QStringLiteral("INSERT INTO chat_sessions (title, type, status, created_at, updated_at, model,"
                       " system_prompt) VALUES (?, 'text', 'active', ?, ?, 'bench/model', '')"));
    QSqlQuery message(db);
    // Each message answers or follows the one before it, as the app writes them: one branch per chat.
    message.prepare(QStringLiteral("INSERT INTO messages (session_id, role, content, content_type, status,"
                                   " created_at, metadata, parent_id)"
                                   " VALUES (?, ?, ?, 'text', 'completed', ?, ?, ?)"));
    const QString user = QStringLiteral("user");
    const QString assistant = QStringLiteral("assistant");
    const QString metadata =
        QStringLiteral("{\"model\":\"bench/model\",\"generation_ms\":1200,\"prompt_tokens\":40,"
                       "\"completion_tokens\":120,\"cost_usd\":0.0004}");
    qint64 clock = 1'700'000'000'000;
    qint64 written = 0;

    const auto addSession = [&](const QString &title, qint64 size) {
        session.addBindValue(title);
        session.addBindValue(clock);
        session.addBindValue(clock);
        if (!session.exec()) {
            *error = session.lastError().text();
            return false;
        }
        const qint64 id = session.lastInsertId().toLongLong();
        qint64 previous = 0;
        for (qint64 i = 0; i < size; ++i) {
            message.addBindValue(id);
            message.addBindValue(i % 2 ? assistant : user);
            message.addBindValue(words.sentence(words.length()));
            message.addBindValue(++clock);
            message.addBindValue(i % 2 ? metadata : QStringLiteral("{}"));
            message.addBindValue(previous > 0 ? QVariant(previous) : QVariant());
            if (!message.exec()) {
                *error = message.lastError().text();
                return false;
            }
            previous = message.lastInsertId().toLongLong();
        }
        written += size;
        return true;
    };

    bool ok = addSession(BigSessionTitle, shape.bigSessionMessages) && addSession(HundredSessionTitle, 100) &&
              addSession(TenSessionTitle, 10);
    for (int n = 1; ok && written < shape.totalMessages; ++n)
        ok = addSession(QStringLiteral("Chat %1").arg(n),
                        std::min<qint64>(SmallSessionSize, shape.totalMessages - written));
    session.finish();
    message.finish();
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace confab::bench
