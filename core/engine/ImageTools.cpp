#include "ImageTools.h"

#include "openrouter/ChatTypes.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace confab {

namespace {
const QString GenerateImage = QStringLiteral("generate_image");
const QString EditImage = QStringLiteral("edit_image");

QJsonObject function(const QString &name, const QString &description, const QJsonObject &properties)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("function")},
        {QStringLiteral("function"),
         QJsonObject{{QStringLiteral("name"), name},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("parameters"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                  {QStringLiteral("properties"), properties},
                                  {QStringLiteral("required"), QJsonArray{QStringLiteral("prompt")}}}}}}};
}
} // namespace

QJsonArray imageToolDefinitions()
{
    const QJsonObject prompt{
        {QStringLiteral("type"), QStringLiteral("string")},
        {QStringLiteral("description"), QStringLiteral("A detailed description of the image.")}};
    const QJsonObject aspect{
        {QStringLiteral("type"), QStringLiteral("string")},
        {QStringLiteral("enum"),
         QJsonArray{QStringLiteral("21:9"), QStringLiteral("16:9"), QStringLiteral("4:3"),
                    QStringLiteral("3:2"), QStringLiteral("1:1"), QStringLiteral("2:3"),
                    QStringLiteral("3:4"), QStringLiteral("9:16"), QStringLiteral("9:21")}}};
    const QJsonObject count{{QStringLiteral("type"), QStringLiteral("integer")},
                            {QStringLiteral("minimum"), 1},
                            {QStringLiteral("maximum"), 4}};
    return QJsonArray{
        function(GenerateImage,
                 QStringLiteral(
                     "Create new images from a text description. Use it when the user asks for a picture."),
                 QJsonObject{{QStringLiteral("prompt"), prompt},
                             {QStringLiteral("aspect_ratio"), aspect},
                             {QStringLiteral("num_images"), count}}),
        function(EditImage,
                 QStringLiteral(
                     "Edit the most recent image in the conversation (the user's attachment or the last "
                     "image made) following an instruction."),
                 QJsonObject{{QStringLiteral("prompt"), prompt}}),
    };
}

ImageToolRequest parseImageToolCall(const ToolCall &call)
{
    ImageToolRequest request;
    if (call.name == GenerateImage)
        request.kind = ImageToolRequest::Kind::Generate;
    else if (call.name == EditImage)
        request.kind = ImageToolRequest::Kind::Edit;
    else {
        request.error = QStringLiteral("There is no tool named \"%1\".").arg(call.name);
        return request;
    }

    QJsonParseError parseError;
    const QJsonDocument arguments = QJsonDocument::fromJson(
        call.arguments.isEmpty() ? QByteArray("{}") : call.arguments.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !arguments.isObject()) {
        request.kind = ImageToolRequest::Kind::Unknown;
        request.error =
            QStringLiteral("The arguments were not a JSON object: %1.").arg(parseError.errorString());
        return request;
    }
    const QJsonObject object = arguments.object();
    request.prompt = object.value(QStringLiteral("prompt")).toString().trimmed();
    request.options.aspectRatio = object.value(QStringLiteral("aspect_ratio")).toString();
    request.options.count = std::clamp(object.value(QStringLiteral("num_images")).toInt(1), 1, 4);
    if (request.prompt.isEmpty()) {
        request.kind = ImageToolRequest::Kind::Unknown;
        request.error = QStringLiteral("The \"prompt\" argument is required.");
    }
    return request;
}

} // namespace confab
