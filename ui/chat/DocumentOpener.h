#pragma once

#include "domain/Message.h"

namespace confab {
class DocumentStore;
}

namespace confab::ui {

// Opens a question's document with the system's viewer, from the copy in the document store (so it works
// offline and after the original file is gone): the bytes are copied under their own name into a private
// temporary folder first, since the store names files by hash and viewers go by the name. False when the
// document is no longer stored or cannot be copied.
bool openStoredDocument(const DocumentStore &store, const AttachedDocument &document);

} // namespace confab::ui
