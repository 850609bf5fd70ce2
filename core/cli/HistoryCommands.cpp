#include "HistoryCommands.h"

#include "cli/CommandLine.h"
#include "cli/Interrupt.h"
#include "cli/Output.h"
#include "cli/ProgressLine.h"
#include "common/Translations.h"
#include "engine/Backend.h"
#include "limits/LimitText.h"
#include "store/HistoryExporter.h"
#include "store/HistoryImporter.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace confab::cli {

namespace {

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    return text;
}

int listSessions(const QCommandLineParser &parser, Store *store)
{
    const SessionStatus status = parser.isSet(QStringLiteral("trash"))      ? SessionStatus::Deleted
                                 : parser.isSet(QStringLiteral("archived")) ? SessionStatus::Archived
                                                                            : SessionStatus::Active;
    for (const Session &session : store->sessions()->list(status)) {
        out(QStringLiteral("%1\t%2\t%3\t%4%5\n")
                .arg(session.id)
                .arg(session.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                .arg(toString(session.type))
                .arg(session.pinned ? QStringLiteral("📌 ") : QString())
                .arg(oneLine(session.title)));
    }
    return Ok;
}

int search(const QCommandLineParser &parser, Store *store)
{
    const QString query = parser.positionalArguments().join(u' ');
    if (query.trimmed().isEmpty()) {
        err(QCoreApplication::translate("HistoryCommands", "confab search: say what to look for.\n"));
        return UsageError;
    }
    // Words typed on a command line are whole words; "tom*" asks for a prefix.
    SearchQuery request{query, SessionStatus::Active, 20, 0, SearchOrder::Newest, false};
    bool numbers = true, ok = true;
    request.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    numbers = numbers && ok && request.limit > 0;
    request.offset = parser.value(QStringLiteral("offset")).toInt(&ok);
    numbers = numbers && ok && request.offset >= 0;
    if (!numbers) {
        err(QStringLiteral(
            "confab search: --limit is a whole number above 0 and --offset one of 0 or more.\n"));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("best")))
        request.order = SearchOrder::Relevance;
    const SearchPage page = store->search().page(request);
    if (!store->search().lastError().isEmpty()) {
        err(QStringLiteral("confab search: %1\n").arg(store->search().lastError()));
        return StoreError;
    }
    const QList<SearchHit> &hits = page.hits;
    for (const SearchHit &hit : hits) {
        QString snippet = oneLine(hit.snippet);
        snippet.replace(SearchIndex::HighlightStart, QStringLiteral("«"));
        snippet.replace(SearchIndex::HighlightEnd, QStringLiteral("»"));
        out(QStringLiteral("%1\t%2\t%3\t%4\n")
                .arg(hit.sessionId)
                .arg(hit.messageId)
                .arg(oneLine(hit.sessionTitle), snippet));
    }
    if (hits.isEmpty() && request.offset == 0)
        err(QCoreApplication::translate("HistoryCommands", "No matches for \"%1\".\n").arg(query));
    if (page.more)
        err(QCoreApplication::translate("HistoryCommands", "More matches: add --offset %1.\n")
                .arg(request.offset + request.limit));
    return Ok;
}

int exportHistory(const QCommandLineParser &parser, Store *store)
{
    const QString target = parser.value(QStringLiteral("out"));
    if (target.isEmpty()) {
        err(QStringLiteral(
            "confab export: give --out PATH (a folder for JSON or for Markdown of every chat, a file for\n"
            "Markdown of one chat).\n"));
        return UsageError;
    }
    const QString format = parser.value(QStringLiteral("format"));
    // A JSON export is a folder (history.json and its pictures beside it); a name that reads as one file
    // would make a folder the user does not expect.
    if (format == QStringLiteral("json") &&
        (target.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) || QFileInfo(target).isFile())) {
        err(QCoreApplication::translate(
                "HistoryCommands", "confab export: a JSON export is a folder holding %1 and its pictures "
                                   "in %2/; give --out the folder to create, not \"%3\".\n")
                .arg(history::JsonFileName, history::ImagesFolder, target));
        return UsageError;
    }
    const bool single = parser.isSet(QStringLiteral("session"));
    const qint64 sessionId = parser.value(QStringLiteral("session")).toLongLong();
    HistoryExporter exporter(*store);
    bool ok = false;
    if (format == QStringLiteral("json")) {
        Interrupt interrupt;
        ProgressLine line(QStringLiteral("Exporting…"));
        ok = exporter.exportJson(single ? QList<qint64>{sessionId} : QList<qint64>{}, target,
                                 [&](qint64 done, qint64 total) {
                                     line.update(done, total);
                                     return !interrupt.isRequested();
                                 });
    } else if (format == QStringLiteral("markdown"))
        ok = single ? exporter.exportSessionMarkdown(sessionId, target) : exporter.exportAllMarkdown(target);
    else {
        err(QCoreApplication::translate("HistoryCommands",
                                        "confab export: --format is markdown or json, not \"%1\".\n")
                .arg(format));
        return UsageError;
    }
    if (!ok) {
        err(exporter.lastError() + u'\n');
        return exporter.wasCancelled() ? Interrupted : StoreError;
    }
    if (format == QStringLiteral("json")) {
        out(QDir(target).filePath(history::JsonFileName) + u'\n');
        err(QCoreApplication::translate("HistoryCommands", "Wrote %1 and its pictures (%2/) into %3.\n")
                .arg(history::JsonFileName, history::ImagesFolder, QDir::toNativeSeparators(target)));
    } else {
        out(target + u'\n');
    }
    return Ok;
}

int importHistory(const QCommandLineParser &parser, Store *store)
{
    const QString file = parser.positionalArguments().value(0);
    if (file.isEmpty()) {
        err(QCoreApplication::translate("HistoryCommands",
                                        "confab import: name the export folder (or JSON file) to import.\n"));
        return UsageError;
    }
    HistoryImporter importer(*store);
    bool ok = false;
    {
        Interrupt interrupt;
        ProgressLine line(QStringLiteral("Importing…"));
        ok = importer.importJson(file, [&](qint64 done, qint64 total) {
            line.update(done, total);
            return !interrupt.isRequested();
        });
    }
    if (!ok) {
        err(importer.lastError() + u'\n');
        return importer.wasCancelled() ? Interrupted : StoreError;
    }
    out(QCoreApplication::translate("HistoryCommands", "Imported %n chat(s).\n", nullptr,
                                    int(importer.importedSessions().size())));
    return Ok;
}

int showUsage(const QCommandLineParser &parser, Store *store)
{
    const int days = std::max(1, parser.value(QStringLiteral("days")).toInt());
    const QDateTime since = QDateTime(QDate::currentDate().addDays(1 - days), QTime(0, 0));
    const QLocale locale = displayLocale();
    out(QCoreApplication::translate("HistoryCommands", "Spend per day (last %n day(s))\n", nullptr, days));
    for (const DailySpend &day : store->generations()->spendPerDay(since))
        out(QCoreApplication::translate("HistoryCommands", "  %1  %2  %n request(s)\n", nullptr,
                                        int(day.requests))
                .arg(locale.toString(day.day, QLocale::ShortFormat), formatUsd(day.spendUsd, 4)));
    out(QCoreApplication::translate("HistoryCommands", "Per model\n"));
    for (const ModelUsage &model : store->generations()->usageByModel(since))
        out(QCoreApplication::translate("HistoryCommands",
                                        "  %1  %n request(s)  %2 % ok  median %3 ms  p95 %4 ms  %5\n",
                                        nullptr, int(model.requests))
                .arg(model.model, locale.toString(model.successRate * 100, 'f', 1),
                     locale.toString(model.medianMs), locale.toString(model.p95Ms),
                     formatUsd(model.spendUsd, 4)));
    return Ok;
}

} // namespace

void addHistoryOptions(const QString &command, QCommandLineParser &parser)
{
    if (command == QStringLiteral("sessions")) {
        parser.addOption({QStringLiteral("archived"),
                          QCoreApplication::translate("HistoryCommands", "List archived chats.")});
        parser.addOption({QStringLiteral("trash"),
                          QCoreApplication::translate("HistoryCommands", "List chats in the trash.")});
    } else if (command == QStringLiteral("search")) {
        parser.addPositionalArgument(QStringLiteral("query"),
                                     QCoreApplication::translate("HistoryCommands", "Words to find."));
        parser.addOption(
            {QStringLiteral("limit"),
             QCoreApplication::translate("HistoryCommands", "At most <n> messages (default 20)."),
             QStringLiteral("n"), QStringLiteral("20")});
        parser.addOption(
            {QStringLiteral("offset"),
             QCoreApplication::translate("HistoryCommands", "Skip the first <n> messages (next page)."),
             QStringLiteral("n"), QStringLiteral("0")});
        parser.addOption(
            {QStringLiteral("best"),
             QCoreApplication::translate("HistoryCommands",
                                         "Best matches first among the %1 newest, instead of newest first.")
                 .arg(SearchIndex::RankedCandidates)});
    } else if (command == QStringLiteral("export")) {
        parser.addOption({QStringLiteral("session"),
                          QCoreApplication::translate("HistoryCommands", "Export only chat <id>."),
                          QStringLiteral("id")});
        parser.addOption({QStringLiteral("format"),
                          QCoreApplication::translate("HistoryCommands", "markdown or json."),
                          QStringLiteral("format"), QStringLiteral("markdown")});
        parser.addOption({QStringLiteral("out"),
                          QCoreApplication::translate(
                              "HistoryCommands",
                              "Where to write. JSON: a new folder, which gets history.json and an images "
                              "folder. Markdown: a folder with one file per chat, or with --session a .md "
                              "file (its pictures go into a folder beside it)."),
                          QStringLiteral("path")});
    } else if (command == QStringLiteral("import")) {
        parser.addPositionalArgument(
            QStringLiteral("path"),
            QCoreApplication::translate("HistoryCommands",
                                        "A JSON export: its folder, or an older single file."));
    } else if (command == QStringLiteral("usage")) {
        parser.addOption({QStringLiteral("days"),
                          QCoreApplication::translate("HistoryCommands", "How many days back (default 30)."),
                          QStringLiteral("n"), QStringLiteral("30")});
    }
}

int runHistoryCommand(const QString &command, const QCommandLineParser &parser, Backend &backend)
{
    Store *store = backend.store();
    if (command == QStringLiteral("sessions"))
        return listSessions(parser, store);
    if (command == QStringLiteral("search"))
        return search(parser, store);
    if (command == QStringLiteral("export"))
        return exportHistory(parser, store);
    if (command == QStringLiteral("import"))
        return importHistory(parser, store);
    if (command == QStringLiteral("usage"))
        return showUsage(parser, store);
    err(QCoreApplication::translate("HistoryCommands", "confab: unknown command \"%1\".\n%2")
            .arg(command, cli::usage()));
    return UsageError;
}

} // namespace confab::cli
