// The MCP authorization flow's documents as Confab reads them: the input is one body, read as a
// WWW-Authenticate header, protected-resource metadata, authorization server metadata, a token answer, a
// registration answer, an OAuth error body and a stored login from the keychain.
#include "FuzzSupport.h"
#include "mcp/auth/AuthDocuments.h"
#include "mcp/auth/DiscoveryUrls.h"
#include "mcp/auth/StoredAuthorization.h"

#include <QCoreApplication>

#include <cstdlib>

using namespace confab;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::silenceQtMessages();
    new QCoreApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytesOf(data, size);
    const BearerChallenge challenge = parseBearerChallenge(body);
    if (challenge.resourceMetadata.isValid() && !isAcceptableEndpoint(challenge.resourceMetadata))
        std::abort();

    QString error;
    if (const auto resource = parseProtectedResourceMetadata(body, &error)) {
        if (resource->authorizationServers.isEmpty())
            std::abort();
        authorizationServerMetadataUrls(resource->authorizationServers.first());
        resourceCovers(resource->resource, resource->resource);
    } else if (error.isEmpty()) {
        std::abort(); // a refusal always says why
    }
    if (const auto server = parseAuthorizationServerMetadata(body, &error)) {
        if (!isAcceptableEndpoint(server->authorizationEndpoint) ||
            !isAcceptableEndpoint(server->tokenEndpoint))
            std::abort();
    }
    if (const auto token = parseTokenResponse(body, &error); token && token->accessToken.isEmpty())
        std::abort();
    if (const auto client = parseClientRegistration(body, &error); client && client->clientId.isEmpty())
        std::abort();
    parseOAuthErrorBody(body);
    if (const auto stored = StoredAuthorization::fromJson(body)) {
        // What was read back must survive being written and read again.
        if (!StoredAuthorization::fromJson(stored->toJson()))
            std::abort();
    }
    return 0;
}
