#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace confab {

class Backend;

// One line of a setup check: what was looked at and what came of it.
struct CheckLine
{
    enum class Verdict
    {
        Pass,
        Warn, // works for now, but something is off
        Fail,
        Skipped // could not be checked because an earlier step failed
    };

    QString step; // "keychain", "keys", "openrouter-key", "catalogue", "chat", "fal-key", "fal-image"
    Verdict verdict = Verdict::Pass;
    QString text; // one sentence for the user; never contains a key

    // "ok", "warn", "FAIL" or "skip", as the command line prints it in front of the text.
    QString tag() const;
};

// `confab doctor` and Help → Check setup: checks, in order, that the keychain answers, which keys are set and
// where they come from, that OpenRouter accepts the key (GET /key), that the model list loads, that a
// 16-token chat with a cheap model works, and that fal accepts its key and serves the account without
// spending anything (it starts an upload and never sends the file). With an image run, one real Flux image is
// generated at the end. Runs asynchronously on the backend's clients; the keys must have been asked for
// (Backend::open()).
class SetupCheck : public QObject
{
    Q_OBJECT
public:
    // The cheap model the short chat probe uses.
    static QString chatModel();

    SetupCheck(Backend *backend, QObject *parent = nullptr);
    ~SetupCheck() override;

    void setRunImage(bool run) { m_runImage = run; }
    // What one image costs, so the command line can say it before spending it.
    double imagePriceUsd() const;

    void start();
    const QList<CheckLine> &lines() const { return m_lines; }
    // The first failed line's text, or empty when every check passed (warnings included).
    QString firstFailure() const;

signals:
    void lineReady(const confab::CheckLine &line);
    void finished(bool passed);

private:
    using Step = std::function<void()>;

    void next();
    void report(const QString &step, CheckLine::Verdict verdict, const QString &text);
    bool openRouterUsable() const;

    void checkKeychain();
    void checkKeys();
    void checkOpenRouterKey();
    void checkCatalogue();
    void checkChat();
    void checkFalKey();
    void generateImage();

    Backend *m_backend;
    QList<Step> m_steps;
    QList<CheckLine> m_lines;
    QList<QPointer<QObject>> m_pending; // probes and jobs still running, dropped with the check
    bool m_runImage = false;
    bool m_openRouterKeyOk = false;
    bool m_falKeyOk = false;
};

} // namespace confab

Q_DECLARE_METATYPE(confab::CheckLine)
