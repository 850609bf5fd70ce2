#pragma once

#include "engine/TurnServices.h"
#include "fal/FalTypes.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace confab {

class FalJob;

// One fal.ai job on behalf of an answer: builds the options from the turn and the user's settings, shows
// queue progress on the answer, records the generation row and hands the finished images back.
class ImageCall : public QObject
{
    Q_OBJECT
public:
    using ImageSink = std::function<int(const QList<QPair<QByteArray, QString>> &images)>;

    ImageCall(const TurnContext &context, ImageSink sink, QObject *parent);

    // Text → Image when inputHashes is empty, else Image → Image on those images.
    void start(const QString &prompt, const QStringList &inputHashes, const ImageOptions &options);
    void cancel();
    bool isRunning() const;

    // The fal model of the registry for this kind of job: `wanted` when it is one, else the user's default
    // for the kind (settings) when that is one, else the registry's default.
    static QString modelFor(bool edit, const QString &wanted, const Settings *settings);
    QString model() const { return m_model; }

signals:
    void finished(int storedImages, int blockedImages, const QString &description, double costUsd);
    void failed(const confab::FalError &error);

private:
    void onFinished(const FalResult &result);
    void onFailed(const FalError &error);
    // What fal charged for this many images: at fal's own price when its pricing API answered, else at the
    // configured (or published) price per image.
    double chargeFor(int images, const std::optional<FalPrice> &price,
                     std::optional<double> billableUnits) const;

    const TurnContext &m_context;
    ImageSink m_sink;
    QPointer<FalJob> m_job;
    qint64 m_generationId = 0;
    QString m_model;
};

} // namespace confab
