#include "WebSearchTool.h"

#include <QJsonArray>
#include <QStringList>

namespace confab::testserver {
namespace {

const QString ToolType = QStringLiteral("openrouter:web_search");

QJsonObject webSearchTool(const QJsonObject &body)
{
    for (const QJsonValue &tool : body.value(QStringLiteral("tools")).toArray()) {
        if (tool.toObject().value(QStringLiteral("type")).toString() == ToolType)
            return tool.toObject();
    }
    return {};
}

} // namespace

bool offersWebSearch(const QJsonObject &body)
{
    return !webSearchTool(body).isEmpty();
}

QString webSearchToolProblem(const QJsonObject &body)
{
    const QJsonObject tool = webSearchTool(body);
    if (tool.isEmpty())
        return {};
    // OpenRouter's web search documentation: "Use one surface per request".
    if (body.value(QStringLiteral("model")).toString().endsWith(QLatin1String(":online")))
        return QStringLiteral(
            "The :online model variant is deprecated; use only the openrouter:web_search tool.");
    for (const QJsonValue &plugin : body.value(QStringLiteral("plugins")).toArray()) {
        if (plugin.toObject().value(QStringLiteral("id")).toString() == QLatin1String("web"))
            return QStringLiteral("The web plugin is deprecated; use only the openrouter:web_search tool.");
    }
    const QJsonValue parameters = tool.value(QStringLiteral("parameters"));
    if (parameters.isUndefined())
        return {};
    if (!parameters.isObject())
        return QStringLiteral("tools[].parameters must be an object.");
    const QJsonObject options = parameters.toObject();
    static const QStringList known{QStringLiteral("engine"),
                                   QStringLiteral("mode"),
                                   QStringLiteral("max_results"),
                                   QStringLiteral("max_uses"),
                                   QStringLiteral("max_total_results"),
                                   QStringLiteral("search_context_size"),
                                   QStringLiteral("max_characters"),
                                   QStringLiteral("user_location"),
                                   QStringLiteral("allowed_domains"),
                                   QStringLiteral("excluded_domains")};
    for (auto it = options.begin(); it != options.end(); ++it) {
        if (!known.contains(it.key()))
            return QStringLiteral("Unknown web search parameter \"%1\".").arg(it.key());
    }
    static const QStringList engines{QStringLiteral("auto"),     QStringLiteral("native"),
                                     QStringLiteral("exa"),      QStringLiteral("firecrawl"),
                                     QStringLiteral("parallel"), QStringLiteral("perplexity")};
    if (options.contains(QStringLiteral("engine")) &&
        !engines.contains(options.value(QStringLiteral("engine")).toString()))
        return QStringLiteral("Unknown web search engine.");
    if (options.contains(QStringLiteral("max_results"))) {
        const QJsonValue results = options.value(QStringLiteral("max_results"));
        const double count = results.toDouble(-1);
        if (!results.isDouble() || count != int(count) || count < 1 || count > 25)
            return QStringLiteral("max_results must be a whole number from 1 to 25.");
    }
    return {};
}

} // namespace confab::testserver
