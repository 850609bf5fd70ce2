#include "SyncedDevice.h"
#include "catch.h"

#include <QMutex>
#include <QStringList>
#include <QTemporaryDir>

using namespace confab;

namespace {

// What reaches the log under confab.sync while it lives.
class SyncLogCapture
{
public:
    SyncLogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&SyncLogCapture::handle);
    }
    ~SyncLogCapture() { qInstallMessageHandler(m_previous); }
    static QStringList lines() { return s_lines; }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        if (context.category && QLatin1String(context.category) == QLatin1String("confab.sync"))
            s_lines << message;
    }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

TEST_CASE("The sync log says per round and segment what was read, applied and skipped, without any text")
{
    QTemporaryDir folder;
    test::SyncedDevice phone;
    test::SyncedDevice laptop;
    const Session chat = phone->sessions()->create(QStringLiteral("Trip planning")).value();
    NewMessage question;
    question.sessionId = chat.id;
    question.content = QStringLiteral("Which night trains go to Porto?");
    REQUIRE(phone->messages()->create(question));
    REQUIRE(phone.sync(folder.path()).publishedRecords == 2);

    SyncLogCapture capture;
    REQUIRE(laptop.sync(folder.path()).appliedRecords == 2);
    // Renamed on the phone, then on the laptop before it heard of that: the laptop's later name wins there,
    // and the phone's record is skipped as older.
    REQUIRE(phone->sessions()->rename(chat.id, QStringLiteral("Lisbon weekend")));
    REQUIRE(phone.sync(folder.path()).publishedRecords == 1);
    const qint64 onLaptop = laptop.sessionId(phone.gidOfSession(chat.id));
    REQUIRE(laptop->sessions()->rename(onLaptop, QStringLiteral("Porto weekend")));
    REQUIRE(laptop.sync(folder.path()).completed);
    CHECK(laptop->sessions()->get(onLaptop)->title == QStringLiteral("Porto weekend"));

    const QStringList lines = SyncLogCapture::lines();
    INFO(lines.join(u'\n').toStdString());
    CHECK(lines.filter(QStringLiteral("segment 1 of device"))
              .filter(QStringLiteral("2 records read, 2 applied"))
              .size() == 1);
    CHECK(lines.filter(QStringLiteral("segment 2 of device"))
              .filter(QStringLiteral("1 records read, 0 applied, 1 skipped (1 older than here"))
              .size() == 1);
    // The laptop's two rounds and the phone's one.
    CHECK(lines.filter(QStringLiteral("round in")).size() == 3);
    // Counts and ids only: no title, no message text.
    for (const QString &text : {QStringLiteral("Porto"), QStringLiteral("Lisbon"), QStringLiteral("Trip")})
        CHECK(lines.filter(text).isEmpty());
}
