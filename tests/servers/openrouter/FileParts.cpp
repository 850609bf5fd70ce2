#include "FileParts.h"

#include <QJsonArray>
#include <QStringList>

namespace confab::testserver {
namespace {

QString partProblem(const QJsonObject &part)
{
    const QJsonObject file = part.value(QStringLiteral("file")).toObject();
    if (file.isEmpty())
        return QStringLiteral("A file content part needs a \"file\" object.");
    if (file.value(QStringLiteral("filename")).toString().isEmpty())
        return QStringLiteral("file.filename is required.");
    const QString data = file.value(QStringLiteral("file_data")).toString();
    if (data.startsWith(QLatin1String("https://")) || data.startsWith(QLatin1String("http://")))
        return {};
    const QString prefix = QStringLiteral("data:application/pdf;base64,");
    if (!data.startsWith(prefix))
        return QStringLiteral("file.file_data must be a URL or a data:application/pdf;base64 URL.");
    const auto decoded = QByteArray::fromBase64Encoding(data.mid(prefix.size()).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("%PDF-"))
        return QStringLiteral("file.file_data is not a base64-encoded PDF.");
    return {};
}

} // namespace

QString filePartProblem(const QJsonObject &body)
{
    for (const QJsonValue &message : body.value(QStringLiteral("messages")).toArray()) {
        for (const QJsonValue &part : message.toObject().value(QStringLiteral("content")).toArray()) {
            if (part.toObject().value(QStringLiteral("type")).toString() != QLatin1String("file"))
                continue;
            if (message.toObject().value(QStringLiteral("role")).toString() != QLatin1String("user"))
                return QStringLiteral("File parts go in user messages.");
            if (const QString problem = partProblem(part.toObject()); !problem.isEmpty())
                return problem;
        }
    }
    static const QStringList engines{QStringLiteral("mistral-ocr"), QStringLiteral("cloudflare-ai"),
                                     QStringLiteral("native"), QStringLiteral("pdf-text")};
    for (const QJsonValue &plugin : body.value(QStringLiteral("plugins")).toArray()) {
        const QJsonObject object = plugin.toObject();
        if (object.value(QStringLiteral("id")).toString() != QLatin1String("file-parser"))
            continue;
        const QString engine =
            object.value(QStringLiteral("pdf")).toObject().value(QStringLiteral("engine")).toString();
        if (!engines.contains(engine))
            return QStringLiteral("Unknown PDF engine \"%1\".").arg(engine);
    }
    return {};
}

} // namespace confab::testserver
