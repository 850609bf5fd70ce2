#pragma once

#include <QByteArray>

namespace confab {

// RFC 7636 proof key: a fresh 43-character verifier from 32 random bytes and its S256 challenge.
struct Pkce
{
    QByteArray verifier;
    QByteArray challenge;

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
};

// Unpadded base64url of random bytes from the system's generator, for state values and verifiers.
QByteArray randomUrlSafeToken(int bytes);

} // namespace confab
