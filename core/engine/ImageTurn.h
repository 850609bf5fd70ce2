#pragma once

#include "engine/Turn.h"

#include <QPointer>

namespace confab {

class ImageCall;
struct FalError;

// An answer made of images: Text → Image with Flux Pro Ultra, or Image → Image with the Gemini edit model.
class ImageTurn : public Turn
{
    Q_OBJECT
public:
    ImageTurn(TurnContext context, QObject *parent);

    void start() override;

    // The sentence shown when some or all of the images were withheld by the safety checker.
    static QString blockedNotice(int stored, int blocked);

protected:
    void cancelProviderCall() override;

private:
    void onFinished(int stored, int blocked, const QString &description, double costUsd);
    void onFailed(const FalError &error);

    QPointer<ImageCall> m_call;
};

} // namespace confab
