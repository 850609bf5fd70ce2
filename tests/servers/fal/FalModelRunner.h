#pragma once

#include "FalScenario.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace confab::testserver {

struct FalFile
{
    QByteArray bytes;
    QByteArray mime;
};

// Files served by the stand-in CDN, by URL path.
using FalFileStore = QHash<QString, FalFile>;

struct FalModelOutput
{
    int status = 200;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
};

// What the two models do: check their input the way fal's schemas do (422 detail arrays) and make outputs
// whose images are stored in the file store (or inlined as data URIs with sync_mode).
class FalModelRunner
{
public:
    FalModelRunner(FalFileStore *files, QUrl baseUrl);

    static bool isKnownModel(const QString &model);
    static bool isEditModel(const QString &model);
    // Empty when the input is valid, otherwise fal's detail entries.
    static QJsonArray validate(const QString &model, const QJsonObject &input);
    static QByteArray detailBody(const QJsonArray &detail);

    FalModelOutput run(const QString &model, const QJsonObject &input, const FalScenario &scenario,
                       const QString &requestId);

private:
    FalModelOutput generate(const QJsonObject &input, const FalScenario &scenario, const QString &requestId);
    FalModelOutput edit(const QJsonObject &input, const FalScenario &scenario, const QString &requestId);
    QImage loadInput(const QString &url) const;
    QJsonObject publish(const QImage &image, const QString &format, const QString &path, bool inlineData,
                        bool corrupt);

    FalFileStore *m_files;
    QUrl m_baseUrl;
};

} // namespace confab::testserver
