#pragma once

#include <QByteArray>
#include <QString>

namespace confab::testserver::fixtures {

// /models: a handful of text, vision, tool and image-output models in OpenRouter's shape (string prices).
// Image-output models are left out unless outputModalities asks for them, as OpenRouter does.
QByteArray modelsJson(const QString &outputModalities);

QByteArray keyJson(const QString &label);

// The Markdown answer the default scenario gives, echoing the start of the prompt.
QString defaultAnswer(const QString &prompt);
// A chat title request's answer: the first words of the question it quotes ("Question: …"), as a title.
QString titleFor(const QString &request);
QString longAnswer(int tokens);
QString reasoningFor(const QString &prompt);

// A real PNG of about the given size (noise does not compress), the same bytes for the same size.
QByteArray pngOfSize(int bytes);

QByteArray errorBody(int status, const QString &model, int maxTokens);
// A typed error as OpenRouter's errors-and-debugging page shows it: {"error":{"code","message",
// "metadata":{"error_type"}}}.
QByteArray typedErrorBody(int status, const QString &errorType, const QString &message);

} // namespace confab::testserver::fixtures
