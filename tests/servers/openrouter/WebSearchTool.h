#pragma once

#include <QJsonObject>
#include <QString>

namespace confab::testserver {

// Whether a chat request offers OpenRouter's web search server tool ({"type":"openrouter:web_search"}).
bool offersWebSearch(const QJsonObject &body);
// What OpenRouter would refuse about the tool's parameters (empty when nothing): the documented engines,
// max_results 1–25, and no deprecated "web" plugin or ":online" model beside it.
QString webSearchToolProblem(const QJsonObject &body);

} // namespace confab::testserver
