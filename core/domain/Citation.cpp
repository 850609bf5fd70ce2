#include "domain/Citation.h"

#include <QJsonObject>
#include <QUrl>

namespace confab {
namespace {

// Annotations come from the provider; a title or excerpt this long is not a title or an excerpt.
constexpr qsizetype MaxTitleChars = 500;
constexpr qsizetype MaxContentChars = 4000;
constexpr qsizetype MaxUrlChars = 4000;
// More than any answer can show as footnotes; a flood of annotations stops here.
constexpr qsizetype MaxCitations = 50;

// The link in its encoded form (nothing in it can steer a terminal or fool the eye), or empty when it is not
// a web link.
QString webLink(const QString &url)
{
    if (url.size() > MaxUrlChars)
        return {};
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
        return {};
    return parsed.toString(QUrl::FullyEncoded);
}

// Titles and excerpts are shown and printed: control characters (a terminal's escape sequences among them)
// become spaces.
QString printable(QString text, qsizetype maxChars)
{
    text.truncate(maxChars);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n')
            c = u' ';
    }
    return text;
}

} // namespace

bool addCitation(QList<Citation> &citations, const Citation &citation)
{
    const QString url = webLink(citation.url);
    if (url.isEmpty() || citations.size() >= MaxCitations)
        return false;
    for (const Citation &known : std::as_const(citations)) {
        if (known.url == url)
            return false;
    }
    citations.append({url, printable(citation.title, MaxTitleChars).simplified(),
                      printable(citation.content, MaxContentChars)});
    return true;
}

QJsonArray citationsToJson(const QList<Citation> &citations)
{
    QJsonArray json;
    for (const Citation &citation : citations) {
        QJsonObject entry{{QStringLiteral("url"), citation.url}, {QStringLiteral("title"), citation.title}};
        if (!citation.content.isEmpty())
            entry.insert(QStringLiteral("content"), citation.content);
        json.append(entry);
    }
    return json;
}

QList<Citation> citationsFromJson(const QJsonArray &json)
{
    QList<Citation> citations;
    for (const QJsonValue &value : json) {
        const QJsonObject entry = value.toObject();
        addCitation(citations, {entry.value(QStringLiteral("url")).toString(),
                                entry.value(QStringLiteral("title")).toString(),
                                entry.value(QStringLiteral("content")).toString()});
    }
    return citations;
}

} // namespace confab
