#pragma once

#include "domain/Message.h"

#include <QString>

namespace confab::ui {

// An answer's text as the chat shows it: when the answer searched the web, its cited pages follow as a
// numbered list of links (titles from the web, escaped), which open through LinkPolicy like any link in an
// answer. Other messages are shown as they are.
QString textWithCitations(const Message &message);

} // namespace confab::ui
