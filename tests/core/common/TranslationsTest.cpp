#include "common/Translations.h"

#include "catch.h"
#include "limits/LimitText.h"
#include "openrouter/HttpErrors.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one per plural form
    bool finished = true;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.append({context, {}, {}, true});
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            messages.last().finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            if (!numerus)
                messages.last().translations.append(xml.readElementText());
        } else if (xml.name() == QLatin1String("numerusform")) {
            messages.last().translations.append(xml.readElementText());
        }
    }
    REQUIRE(!xml.hasError());
    return messages;
}

// The checked-in translation, brought up to date with today's sources by lupdate in a scratch copy: a tr()
// string added or changed without a translation shows up unfinished there.
QList<TsMessage> refreshedTs(const QString &name, const QStringList &extraOptions = {})
{
    QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    const QString copy = scratch.filePath(name);
    REQUIRE(QFile::copy(QStringLiteral(CONFAB_SOURCE_DIR "/resources/translations/") + name, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(CONFAB_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(CONFAB_LUPDATE),
                  QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                              QStringLiteral("none"), QStringLiteral("-I"), QStringLiteral("ui"),
                              QStringLiteral("-I"), QStringLiteral("core")} +
                      extraOptions +
                      QStringList{QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                                  QStringLiteral("-ts"), copy});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAll().toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    return readTs(copy);
}

QStringList unfinished(const QList<TsMessage> &messages)
{
    QStringList missing;
    for (const TsMessage &message : messages) {
        const bool empty = std::any_of(message.translations.cbegin(), message.translations.cend(),
                                       [](const QString &t) { return t.trimmed().isEmpty(); });
        if (!message.finished || message.translations.isEmpty() || empty)
            missing << message.context + QStringLiteral(": ") + message.source;
    }
    return missing;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?n|[1-9])"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// Restores English for the runner's other tests, whatever happens in this one.
struct EnglishAfterwards
{
    ~EnglishAfterwards() { confab::installTranslations(QStringLiteral("en")); }
};

} // namespace

TEST_CASE("Translations: every user-facing string in the sources has a finished German translation")
{
    const QList<TsMessage> messages = refreshedTs(QStringLiteral("confab_de.ts"));
    CHECK(messages.size() > 300);
    const QStringList missing = unfinished(messages);
    INFO("Untranslated (run the update_translations target, then translate in resources/translations/"
         "confab_de.ts):\n"
         << missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("Translations: every %n string has its English singular and plural written out")
{
    const QList<TsMessage> messages =
        refreshedTs(QStringLiteral("confab_en.ts"), {QStringLiteral("-pluralonly")});
    CHECK(!messages.isEmpty());
    const QStringList missing = unfinished(messages);
    INFO("Without English plural forms:\n" << missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("Translations: each German translation keeps every placeholder of its English source")
{
    const QList<TsMessage> messages =
        readTs(QStringLiteral(CONFAB_SOURCE_DIR "/resources/translations/confab_de.ts"));
    QStringList broken;
    for (const TsMessage &message : messages) {
        for (const QString &translation : message.translations) {
            if (placeholders(translation) != placeholders(message.source))
                broken << message.source + QStringLiteral(" → ") + translation;
        }
    }
    INFO(broken.join(QLatin1Char('\n')).toStdString());
    CHECK(broken.isEmpty());
}

TEST_CASE("Translations: with German chosen, core errors, plurals and amounts of money read as German")
{
    const EnglishAfterwards restore;
    confab::installTranslations(QStringLiteral("de"));
    CHECK(
        confab::errorFromHttpStatus(401, {}, {}).message ==
        QStringLiteral("Der API-Schlüssel wurde abgelehnt (401). Prüfe den Schlüssel in den Einstellungen."));
    CHECK(confab::formatUsd(1234.5) == QStringLiteral("1.234,50\u00a0$"));
    CHECK(QCoreApplication::translate("HistoryCommands", "Imported %n chat(s).\n", nullptr, 2) ==
          QStringLiteral("2 Chats importiert.\n"));

    confab::installTranslations(QStringLiteral("en"));
    CHECK(confab::errorFromHttpStatus(401, {}, {}).message ==
          QStringLiteral("The API key was rejected (401). Check the key in Settings."));
    CHECK(confab::formatUsd(1234.5) == QStringLiteral("$1,234.50"));
    CHECK(QCoreApplication::translate("HistoryCommands", "Imported %n chat(s).\n", nullptr, 1) ==
          QStringLiteral("Imported 1 chat.\n"));
}

TEST_CASE("Translations: with German chosen, the sync summary reads as German with its counts declined")
{
    const EnglishAfterwards restore;
    confab::SyncReport report;
    report.completed = true;
    report.publishedRecords = 3;
    report.publishedSegments = 1;
    report.appliedRecords = 1;
    report.appliedSegments = 2;
    report.waiting << QStringLiteral("Laptop: …");

    confab::installTranslations(QStringLiteral("de"));
    CHECK(report.summary() ==
          QStringLiteral("3 Änderungen in 1 Segment veröffentlicht; 1 Änderung aus 2 Segmenten "
                         "übernommen.\nAusstehend: Laptop: …"));

    confab::installTranslations(QStringLiteral("en"));
    CHECK(report.summary() ==
          QStringLiteral(
              "Published 3 changes in 1 segment; applied 1 change from 2 segments.\nWaiting: Laptop: …"));
}
