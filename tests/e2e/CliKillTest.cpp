#include "CliHarness.h"
#include "Wait.h"
#include "catch.h"
#include "store/Store.h"

#include <QElapsedTimer>

#include <cstdio>

using namespace confab;
using confab::test::CliHarness;

namespace {
struct KillTrial
{
    bool intact = false;
    double lossMs = 0;
    QString problem;
};

// Streams a long answer into `confab chat`, kills the process without warning after `afterMs` of text, then
// opens the store as the next start would and compares what it kept with what had been printed.
KillTrial killDuringStream(int afterMs)
{
    CliHarness h;
    testserver::Scenario slow;
    REQUIRE(testserver::Scenario::fromName(QStringLiteral("long"), &slow));
    slow.tokenCount = 4000;
    slow.tokenDelayMs = 4;
    h.openRouter.enqueue(slow);
    QProcess *child = h.start({QStringLiteral("chat"), QStringLiteral("A very long answer, please")});
    child->closeWriteChannel();

    QByteArray printed;
    QElapsedTimer sinceFirstText;
    REQUIRE(confab::test::waitUntil(
        [&] {
            printed += child->readAllStandardOutput();
            if (!printed.isEmpty() && !sinceFirstText.isValid())
                sinceFirstText.start();
            return sinceFirstText.isValid() && sinceFirstText.elapsed() >= afterMs;
        },
        20000));
    child->kill();
    const double streamedMs = static_cast<double>(sinceFirstText.elapsed());
    REQUIRE(child->waitForFinished(5000));
    printed += child->readAllStandardOutput();

    KillTrial trial;
    Store store(StoreLocation::inFolder(h.dataDir()));
    const OpenResult opened = store.open();
    if (!opened.isOpen()) {
        trial.problem = QStringLiteral("store did not open: ") + opened.message;
        return trial;
    }
    const QList<Message> messages = store.messages()->page(1, 0, 10);
    if (messages.size() != 2) {
        trial.problem = QStringLiteral("expected 2 messages, found %1").arg(messages.size());
        return trial;
    }
    const Message &answer = messages[1];
    const QString shown = QString::fromUtf8(printed);
    const double charsPerMs = static_cast<double>(shown.size()) / std::max(1.0, streamedMs);
    trial.lossMs = static_cast<double>(shown.size() - answer.content.size()) / charsPerMs;
    if (answer.status != MessageStatus::Interrupted)
        trial.problem = QStringLiteral("answer not marked interrupted");
    else if (!shown.startsWith(answer.content))
        trial.problem = QStringLiteral("stored text is not what was shown");
    else if (trial.lossMs > 1000)
        trial.problem = QStringLiteral("lost %1 ms of text").arg(trial.lossMs);
    trial.intact = trial.problem.isEmpty();
    return trial;
}
} // namespace

TEST_CASE("Killing confab mid-stream 20 times keeps the store intact and loses at most the last second")
{
    int intact = 0;
    double worstLossMs = 0;
    QStringList problems;
    for (int run = 0; run < 20; ++run) {
        const KillTrial trial = killDuringStream(600 + run * 73 % 900);
        intact += trial.intact;
        worstLossMs = std::max(worstLossMs, trial.lossMs);
        if (!trial.intact)
            problems << QStringLiteral("run %1: %2").arg(run).arg(trial.problem);
    }
    std::printf("kill test: %d/20 intact, worst loss %.0f ms of streamed text\n", intact, worstLossMs);
    INFO(problems.join(u'\n').toStdString());
    CHECK(intact == 20);
    CHECK(worstLossMs <= 1000);
}
