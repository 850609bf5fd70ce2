#include "chat/OfflineTextDocument.h"

namespace confab::ui {

QVariant OfflineTextDocument::loadResource(int, const QUrl &)
{
    return {};
}

} // namespace confab::ui
