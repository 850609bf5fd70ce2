#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace confab {

// A web page an answer cites: what OpenRouter's web search returned as a url_citation annotation.
struct Citation
{
    QString url;
    QString title;
    QString content; // the excerpt the model was given, when the search engine provides one

    bool operator==(const Citation &) const = default;
};

// Adds `citation` unless a citation of the same page is already there; the numbers shown stay those of first
// mention. False when it was a repeat or carries no usable link.
bool addCitation(QList<Citation> &citations, const Citation &citation);

QJsonArray citationsToJson(const QList<Citation> &citations);
// Entries without a web link (http or https) are dropped: the list comes from outside and becomes links.
QList<Citation> citationsFromJson(const QJsonArray &json);

} // namespace confab
