#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace confab {

// Builds the reasoning_details array of one answer from its streamed fragments. Fragments that share an
// `index` belong to one entry: their text, summary and data are concatenated in order, and fields that
// arrive late (a signature at the end of a thinking block, an id) fill in the entry. Fragments without an
// index are entries of their own. The result goes back to the model unmodified in the next tool round.
class ReasoningDetailsAssembler
{
public:
    void add(const QJsonArray &fragments);
    bool isEmpty() const { return m_entries.isEmpty(); }
    QJsonArray details() const;

private:
    void merge(QJsonObject &entry, const QJsonObject &fragment) const;

    QList<QJsonObject> m_entries;
};

// The readable part of reasoning_details (text and summaries), for providers that send no plain `reasoning`.
QString reasoningTextOf(const QJsonArray &details);

} // namespace confab
