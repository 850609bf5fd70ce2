// One check against the real services, run by ctest under the "live" label: live_check
// doctor|chat|image|edit, or one of the in-process OpenRouter checks in LiveOpenRouter.h. Exits 77 (ctest:
// skipped) when the keys it needs are not in the environment, 0 when the check passed, 1 when it failed. The
// real `confab` binary runs with a throw-away data folder and no local-server overrides.

#include "LiveOpenRouter.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

constexpr int Skipped = 77;

QTextStream &console()
{
    static QTextStream stream(stdout);
    return stream;
}

bool hasFalKey(const QProcessEnvironment &environment)
{
    return !environment.value(QStringLiteral("FAL_KEY")).isEmpty() ||
           (!environment.value(QStringLiteral("FAL_KEY_ID")).isEmpty() &&
            !environment.value(QStringLiteral("FAL_KEY_SECRET")).isEmpty());
}

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runConfab(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONFAB_BINARY), arguments);
    process.closeWriteChannel();
    Outcome outcome;
    if (!process.waitForFinished(280 * 1000)) {
        process.kill();
        process.waitForFinished();
        outcome.err = QStringLiteral("confab did not finish in time");
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

int verdict(bool passed, const Outcome &outcome, const QString &what)
{
    console() << outcome.out << outcome.err;
    console() << (passed ? QStringLiteral("PASSED: ") : QStringLiteral("FAILED: ")) << what << '\n';
    return passed ? 0 : 1;
}

// The single image file confab wrote into the folder, decoded; a null image if there is not exactly one.
QImage onlyImageIn(const QString &folder)
{
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files);
    return files.size() == 1 ? QImage(files.first().filePath()) : QImage();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString check = app.arguments().value(1);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const bool openRouter = !environment.value(QStringLiteral("OPENROUTER_API_KEY")).isEmpty();
    const bool fal = hasFalKey(environment);
    const bool openRouterOnly = check == QLatin1String("chat") || confab::live::isOpenRouterCheck(check);
    const bool needsOpenRouter = check == QLatin1String("doctor") || openRouterOnly;
    const bool needsFal = !openRouterOnly;
    if ((needsOpenRouter && !openRouter) || (needsFal && !fal)) {
        console() << "SKIPPED: live " << check << " needs "
                  << (needsOpenRouter && !openRouter ? "OPENROUTER_API_KEY " : "")
                  << (needsFal && !fal ? "FAL_KEY" : "") << " in the environment\n";
        return Skipped;
    }

    if (confab::live::isOpenRouterCheck(check))
        return confab::live::runOpenRouterCheck(check,
                                                environment.value(QStringLiteral("OPENROUTER_API_KEY")));

    QTemporaryDir dir;
    environment.insert(QStringLiteral("CONFAB_DATA_DIR"), dir.filePath(QStringLiteral("data")));
    for (const char *override : {"CONFAB_OPENROUTER_URL", "CONFAB_FAL_QUEUE_URL", "CONFAB_FAL_STORAGE_URL"})
        environment.remove(QString::fromLatin1(override));
    const QString out = dir.filePath(QStringLiteral("out"));

    if (check == QLatin1String("doctor")) {
        const Outcome outcome = runConfab({QStringLiteral("doctor")}, environment);
        // The fal line proves more than a known key: starting an upload needs an account fal serves.
        return verdict(
            outcome.exitCode == 0 && outcome.out.contains(QStringLiteral("Setup is fine.")) &&
                outcome.out.contains(QStringLiteral("[ok  ] fal accepted the key and the account")),
            outcome, QStringLiteral("confab doctor passes against the real services"));
    }
    if (check == QLatin1String("chat")) {
        const Outcome outcome = runConfab(
            {QStringLiteral("chat"), QStringLiteral("Reply with the single word: pong")}, environment);
        return verdict(outcome.exitCode == 0 &&
                           outcome.out.contains(QStringLiteral("pong"), Qt::CaseInsensitive),
                       outcome, QStringLiteral("a real chat answers"));
    }
    if (check == QLatin1String("image")) {
        const Outcome outcome =
            runConfab({QStringLiteral("image"), QStringLiteral("A red apple on a white table"),
                       QStringLiteral("--out"), out},
                      environment);
        return verdict(outcome.exitCode == 0 && !onlyImageIn(out).isNull(), outcome,
                       QStringLiteral("Flux Pro v1.1 Ultra returns an image that decodes"));
    }
    if (check == QLatin1String("edit")) {
        QImage input(256, 256, QImage::Format_RGB32);
        input.fill(Qt::red);
        const QString inputPath = dir.filePath(QStringLiteral("input.png"));
        input.save(inputPath);
        const Outcome outcome = runConfab({QStringLiteral("edit"), QStringLiteral("Turn the red square blue"),
                                           inputPath, QStringLiteral("--out"), out},
                                          environment);
        return verdict(outcome.exitCode == 0 && !onlyImageIn(out).isNull(), outcome,
                       QStringLiteral("the Gemini edit model returns an image that decodes"));
    }
    console() << "usage: live_check doctor|chat|image|edit\n";
    return 2;
}
