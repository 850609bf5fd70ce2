#pragma once

#include <QJsonObject>

namespace confab {

// Fills in what the user left out of an elicitation form with the defaults the server's requestedSchema gives
// (SEP-1034): a field with a "default" that the content lacks gets it, typed as the schema says. Fields the
// user filled stay as they are.
QJsonObject applyElicitationDefaults(const QJsonObject &requestedSchema, QJsonObject content);

} // namespace confab
