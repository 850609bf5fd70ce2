#pragma once

#include "domain/Message.h"

#include <QString>

namespace confab::ui {

// A message's text as the chat shows it: a web-searched answer is followed by its cited pages as a numbered
// list of Markdown links (titles from the web, escaped), which open through LinkPolicy like any link in an
// answer. (A question's documents are drawn as chips under it: DocumentChipPainter.)
QString displayedText(const Message &message);

} // namespace confab::ui
