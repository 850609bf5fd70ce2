#pragma once

#include <QJsonObject>
#include <QString>

namespace confab {

// What OpenRouter passes on from the upstream provider in an error's metadata: the provider's name
// (provider_name), its own words (raw: a JSON string or object in the provider's format, or plain text) and,
// in newer bodies, error_type and provider_code. "Provider returned error" alone tells a user nothing; these
// do.
struct ProviderErrorDetail
{
    QString provider;
    QString message;
    QString errorType;    // OpenRouter's typed error_type
    QString providerCode; // metadata.provider_code: the upstream provider's own code, when given

    bool isEmpty() const { return message.isEmpty(); }
    // "Anthropic said: prompt is too long [invalid_request_error]", or just the message when no name came;
    // "Rate limit exceeded [rate_limit_exceeded: rate_limited]" for a typed error with its provider's code.
    QString text() const;
};

// Reads the detail from an OpenRouter error object ({"code", "message", "metadata"}).
ProviderErrorDetail providerErrorDetail(const QJsonObject &error);

} // namespace confab
