#include "doctor/SetupCheck.h"

#include "engine/Backend.h"
#include "fal/FalClient.h"
#include "fal/FalErrors.h"
#include "fal/FalJob.h"
#include "fal/FalTypes.h"
#include "keys/KeyStore.h"
#include "openrouter/OpenRouterClient.h"
#include "settings/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTimer>

#include <algorithm>

namespace confab {

namespace {

QString money(double usd)
{
    return QStringLiteral("$") + QString::number(usd, 'f', usd < 1 ? 4 : 2);
}

QString whereFrom(Provider provider, KeySource source)
{
    switch (source) {
    case KeySource::Environment:
        return provider == Provider::OpenRouter ? QStringLiteral("from the environment (OPENROUTER_API_KEY)")
                                                : QStringLiteral("from the environment (FAL_KEY)");
    case KeySource::Keychain:
        return QStringLiteral("from the keychain");
    case KeySource::Session:
        return QStringLiteral("for this session only");
    case KeySource::None:
        break;
    }
    return {};
}

QString keyInfoText(const KeyInfo &info)
{
    QString text =
        QStringLiteral("OpenRouter accepted the key: ") + money(info.usage) + QStringLiteral(" used");
    if (info.limit)
        text += QStringLiteral(" of a ") + money(*info.limit) + QStringLiteral(" limit");
    else
        text += QStringLiteral(", no spending limit");
    if (info.limitRemaining)
        text += QStringLiteral(" (") + money(*info.limitRemaining) + QStringLiteral(" left)");
    text += info.isFreeTier ? QStringLiteral(", free tier") : QStringLiteral(", paid tier");
    return text;
}

} // namespace

QString CheckLine::tag() const
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("ok");
    case Verdict::Warn:
        return QStringLiteral("warn");
    case Verdict::Fail:
        return QStringLiteral("FAIL");
    case Verdict::Skipped:
        return QStringLiteral("skip");
    }
    return {};
}

QString SetupCheck::chatModel()
{
    return QStringLiteral("openai/gpt-4o-mini");
}

SetupCheck::SetupCheck(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    qRegisterMetaType<confab::CheckLine>();
}

SetupCheck::~SetupCheck()
{
    for (const QPointer<QObject> &pending : std::as_const(m_pending)) {
        // Stopping a step must not report it or start the next one.
        if (pending)
            pending->disconnect(this);
        if (auto *stream = qobject_cast<ChatStream *>(pending.data()))
            stream->cancel();
        if (auto *job = qobject_cast<FalJob *>(pending.data()))
            job->cancel();
        if (auto *reply = qobject_cast<QNetworkReply *>(pending.data()))
            reply->abort();
    }
}

double SetupCheck::imagePriceUsd() const
{
    const QString model = QString::fromLatin1(FalModel::FluxProUltra);
    return m_backend->settings()->falPricePerImage(model).value_or(0.06);
}

void SetupCheck::start()
{
    m_steps = {[this] { checkKeychain(); },  [this] { checkKeys(); }, [this] { checkOpenRouterKey(); },
               [this] { checkCatalogue(); }, [this] { checkChat(); }, [this] { checkFalKey(); }};
    if (m_runImage)
        m_steps.append([this] { generateImage(); });
    KeyStore *keys = m_backend->keys();
    if (keys->isLoaded()) {
        QTimer::singleShot(0, this, &SetupCheck::next);
        return;
    }
    connect(keys, &KeyStore::loaded, this, &SetupCheck::next, Qt::SingleShotConnection);
}

QString SetupCheck::firstFailure() const
{
    for (const CheckLine &line : m_lines) {
        if (line.verdict == CheckLine::Verdict::Fail)
            return line.text;
    }
    return {};
}

void SetupCheck::next()
{
    if (m_steps.isEmpty()) {
        emit finished(firstFailure().isEmpty());
        return;
    }
    const Step step = m_steps.takeFirst();
    step();
}

void SetupCheck::report(const QString &step, CheckLine::Verdict verdict, const QString &text)
{
    const CheckLine line{step, verdict, text};
    m_lines.append(line);
    emit lineReady(line);
}

void SetupCheck::checkKeychain()
{
    // A second store that ignores the environment has to ask the keychain itself; the keys it reads stay in
    // its memory and go away with it.
    auto *probe = new KeyStore(m_backend->keys()->serviceName(), QProcessEnvironment(), this);
    connect(probe, &KeyStore::loaded, this, [this, probe] {
        probe->deleteLater();
        KeyStore *keys = m_backend->keys();
        const bool keysFromEnvironment = keys->source(Provider::OpenRouter) == KeySource::Environment &&
                                         keys->source(Provider::Fal) == KeySource::Environment;
        if (!probe->isKeychainUnavailable())
            report(QStringLiteral("keychain"), CheckLine::Verdict::Pass,
                   QStringLiteral("The keychain answers."));
        else if (keysFromEnvironment)
            report(
                QStringLiteral("keychain"), CheckLine::Verdict::Warn,
                QStringLiteral("The keychain does not answer (%1); both keys come from the environment, so "
                               "this only matters for saving keys.")
                    .arg(probe->keychainMessage()));
        else
            report(QStringLiteral("keychain"), CheckLine::Verdict::Fail,
                   QStringLiteral("The keychain does not answer: %1").arg(probe->keychainMessage()));
        next();
    });
    probe->load();
}

void SetupCheck::checkKeys()
{
    KeyStore *keys = m_backend->keys();
    QStringList set;
    QStringList missing;
    for (Provider provider : allProviders) {
        const KeySource source = keys->source(provider);
        if (source == KeySource::None)
            missing << providerDisplayName(provider);
        else
            set << providerDisplayName(provider) + QStringLiteral(" key ") + whereFrom(provider, source);
    }
    if (missing.isEmpty())
        report(QStringLiteral("keys"), CheckLine::Verdict::Pass, set.join(QStringLiteral("; ")) + u'.');
    else
        report(
            QStringLiteral("keys"), CheckLine::Verdict::Fail,
            QStringLiteral("No %1 key: add it in Settings, or set %2.")
                    .arg(missing.join(QStringLiteral(" or ")), missing.contains(QStringLiteral("OpenRouter"))
                                                                   ? QStringLiteral("OPENROUTER_API_KEY")
                                                                   : QStringLiteral("FAL_KEY")) +
                (set.isEmpty() ? QString() : QStringLiteral(" (") + set.join(QStringLiteral("; ")) + u')'));
    next();
}

bool SetupCheck::openRouterUsable() const
{
    return m_backend->keys()->hasKey(Provider::OpenRouter);
}

void SetupCheck::checkOpenRouterKey()
{
    if (!openRouterUsable()) {
        report(QStringLiteral("openrouter-key"), CheckLine::Verdict::Skipped,
               QStringLiteral("OpenRouter key not checked: there is none."));
        next();
        return;
    }
    OpenRouterClient *client = m_backend->openRouter();
    auto *context = new QObject(this);
    m_pending << context;
    connect(client, &OpenRouterClient::keyChecked, context, [this, context](const KeyInfo &info) {
        context->deleteLater();
        m_openRouterKeyOk = true;
        report(QStringLiteral("openrouter-key"), CheckLine::Verdict::Pass, keyInfoText(info));
        next();
    });
    connect(client, &OpenRouterClient::keyCheckFailed, context, [this, context](const ChatError &error) {
        context->deleteLater();
        report(QStringLiteral("openrouter-key"), CheckLine::Verdict::Fail,
               error.kind == ChatError::Kind::Auth
                   ? QStringLiteral("OpenRouter rejected the key (%1).").arg(error.httpStatus)
                   : QStringLiteral("OpenRouter's key check failed: %1").arg(error.message));
        next();
    });
    client->checkKey();
}

void SetupCheck::checkCatalogue()
{
    QNetworkReply *reply = m_backend->openRouter()->get(QStringLiteral("/models"));
    m_pending << reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (const std::optional<ChatError> error = replyError(reply, body)) {
            report(QStringLiteral("catalogue"), CheckLine::Verdict::Fail,
                   QStringLiteral("The model list did not load: %1").arg(error->message));
        } else {
            const qsizetype count =
                QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toArray().size();
            if (count > 0)
                report(QStringLiteral("catalogue"), CheckLine::Verdict::Pass,
                       QStringLiteral("The model list loads (%1 models).").arg(count));
            else
                report(QStringLiteral("catalogue"), CheckLine::Verdict::Fail,
                       QStringLiteral("The model list came back empty or unreadable."));
        }
        next();
    });
}

void SetupCheck::checkChat()
{
    if (!m_openRouterKeyOk) {
        report(QStringLiteral("chat"), CheckLine::Verdict::Skipped,
               QStringLiteral("Chat not tried: OpenRouter has not accepted a key."));
        next();
        return;
    }
    ChatRequest request;
    request.model = chatModel();
    ChatMessage question;
    question.role = QStringLiteral("user");
    question.text = QStringLiteral("Reply with the word OK.");
    request.messages = {question};
    // The fewest tokens every provider takes: OpenRouter's API reference notes that some refuse fewer
    // than 16.
    request.maxTokens = 16;
    ChatStream *stream = m_backend->openRouter()->streamChat(request);
    m_pending << stream;
    connect(stream, &ChatStream::finished, this, [this, stream](const ChatResult &result) {
        stream->deleteLater();
        QString text = QStringLiteral("A short chat with %1 works").arg(chatModel());
        if (!result.provider.isEmpty())
            text += QStringLiteral(" (served by %1)").arg(result.provider);
        report(QStringLiteral("chat"), CheckLine::Verdict::Pass, text + u'.');
        next();
    });
    connect(stream, &ChatStream::failed, this, [this, stream](const ChatError &error) {
        stream->deleteLater();
        report(QStringLiteral("chat"), CheckLine::Verdict::Fail,
               QStringLiteral("A short chat with %1 failed: %2").arg(chatModel(), error.message));
        next();
    });
}

void SetupCheck::checkFalKey()
{
    if (!m_backend->keys()->hasKey(Provider::Fal)) {
        report(QStringLiteral("fal-key"), CheckLine::Verdict::Skipped,
               QStringLiteral("fal key not checked: there is none."));
        next();
        return;
    }
    // Starting an upload needs a key and an account fal will serve, yet stores and charges nothing: fal only
    // hands out a signed upload URL, which is never used. A status read would pass a locked account.
    FalClient *fal = m_backend->fal();
    FalHttpCall *call =
        fal->newCall(fal->uploadInitiateRequest(), "POST",
                     FalClient::uploadInitiateBody("image/png", QStringLiteral("confab-doctor.png")),
                     FalRetryRule{}, 64 * 1024, this);
    m_pending << call;
    connect(call, &FalHttpCall::done, this, [this, call](const FalHttpResponse &response) {
        call->deleteLater();
        const QString words = FalErrors::detailText(response);
        const QString said = words.isEmpty() ? QString() : QStringLiteral(": ") + words;
        if (response.ok() && !QJsonDocument::fromJson(response.body)
                                  .object()
                                  .value(QStringLiteral("upload_url"))
                                  .toString()
                                  .isEmpty()) {
            m_falKeyOk = true;
            report(
                QStringLiteral("fal-key"), CheckLine::Verdict::Pass,
                QStringLiteral("fal accepted the key and the account (checked without spending anything)."));
        } else if (response.status == 401) {
            report(QStringLiteral("fal-key"), CheckLine::Verdict::Fail,
                   QStringLiteral("fal rejected the key (401)%1.").arg(said));
        } else if (response.status == 403) {
            report(QStringLiteral("fal-key"), CheckLine::Verdict::Fail,
                   QStringLiteral("fal refused the account (403)%1")
                       .arg(said.isEmpty() ? QStringLiteral(".") : said));
        } else {
            report(QStringLiteral("fal-key"), CheckLine::Verdict::Fail,
                   QStringLiteral("fal's key check failed: %1")
                       .arg(FalErrors::fromResponse(response, FalErrors::Phase::Upload).message));
        }
        next();
    });
    call->start();
}

void SetupCheck::generateImage()
{
    if (!m_falKeyOk) {
        report(QStringLiteral("fal-image"), CheckLine::Verdict::Skipped,
               QStringLiteral("No image generated: fal has not accepted a key."));
        next();
        return;
    }
    FluxUltraOptions options;
    options.prompt = QStringLiteral("A single red apple on a plain white table, studio light");
    options.aspectRatio = QStringLiteral("1:1");
    FalJob *job = m_backend->fal()->generate(options);
    m_pending << job;
    connect(job, &FalJob::finished, this, [this](const FalResult &result) {
        const int shown = int(std::count_if(result.images.cbegin(), result.images.cend(),
                                            [](const FalImage &image) { return !image.blocked; }));
        if (shown > 0)
            report(QStringLiteral("fal-image"), CheckLine::Verdict::Pass,
                   QStringLiteral("fal generated an image (%1×%2) for %3.")
                       .arg(result.images.first().width)
                       .arg(result.images.first().height)
                       .arg(money(imagePriceUsd())));
        else
            report(QStringLiteral("fal-image"), CheckLine::Verdict::Warn,
                   QStringLiteral("fal generated an image, but its safety checker withheld it."));
        next();
    });
    connect(job, &FalJob::failed, this, [this](const FalError &error) {
        report(QStringLiteral("fal-image"), CheckLine::Verdict::Fail,
               QStringLiteral("fal could not generate an image: %1").arg(error.message));
        next();
    });
}

} // namespace confab
