#pragma once

#include "mcp/auth/OAuthLogin.h"

class QNetworkAccessManager;

namespace confab {

// The user's browser, through the desktop (QDesktopServices); the login then waits for the loopback redirect.
OAuthLogin::PageOpener systemBrowserOpener();

// A page opener without a browser, for headless clients (the conformance client) and tests: it GETs the
// authorization page and follows its redirects with plain HTTP, so an authorization server that approves at
// once (as the conformance suite's does) lands on the loopback redirect like a browser would. A real server
// shows a login form instead, which this cannot fill in: the login then times out with its message.
OAuthLogin::PageOpener httpPageOpener(QNetworkAccessManager *network);

} // namespace confab
