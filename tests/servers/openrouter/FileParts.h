#pragma once

#include <QJsonObject>
#include <QString>

namespace confab::testserver {

// What OpenRouter would refuse about a request's PDF inputs (empty when nothing), as its PDF guide states
// them: a "file" content part is {"type":"file","file":{"filename","file_data"}} with file_data a URL or a
// data:application/pdf;base64 URL; the file-parser plugin is {"id":"file-parser","pdf":{"engine"}} with one
// of the documented engines.
QString filePartProblem(const QJsonObject &body);

} // namespace confab::testserver
