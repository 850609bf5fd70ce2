#pragma once

class QString;
class QUrl;

namespace confab::ui {

// Links in model output are opened only on the user's click, and only when they go to a browser or a mail
// client (http, https, mailto). file: links and custom schemes stay visible but inert: a model must not be
// able to open a local file or start whatever program claims a scheme.
bool isOpenableLink(const QUrl &url);
// Hands an openable link to the desktop; returns false, doing nothing, for any other.
bool openLinkIfAllowed(const QUrl &url);
// The one local file Confab opens: a copy it made itself of a stored document, a regular file (not a link)
// inside `folder`, handed to the system's viewer. False, doing nothing, for anything else.
bool openOwnCopy(const QString &path, const QString &folder);

} // namespace confab::ui
