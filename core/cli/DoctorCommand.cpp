#include "cli/DoctorCommand.h"

#include "cli/Output.h"
#include "doctor/SetupCheck.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace confab::cli {

void addDoctorOptions(const QString &, QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("image"),
         QStringLiteral("Also generate one real image with fal (the cheapest; it is paid for).")});
}

int runDoctor(const QString &, const QCommandLineParser &parser, Backend &backend)
{
    SetupCheck check(&backend);
    check.setRunImage(parser.isSet(QStringLiteral("image")));
    if (parser.isSet(QStringLiteral("image")))
        out(QStringLiteral(
                "The image check generates one real image with fal-ai/flux-pro/v1.1-ultra for $%1.\n")
                .arg(check.imagePriceUsd(), 0, 'f', 2));
    QObject::connect(&check, &SetupCheck::lineReady, &check, [](const CheckLine &line) {
        out(QStringLiteral("[%1] %2\n").arg(line.tag().leftJustified(4), line.text));
    });
    QEventLoop loop;
    bool passed = false;
    QObject::connect(&check, &SetupCheck::finished, &loop, [&](bool ok) {
        passed = ok;
        loop.quit();
    });
    check.start();
    loop.exec();
    if (passed) {
        out(QStringLiteral("Setup is fine.\n"));
        return Ok;
    }
    out(QStringLiteral("Setup has a problem: %1\n").arg(check.firstFailure()));
    return Failed;
}

} // namespace confab::cli
