#pragma once

#include "domain/Message.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;

namespace confab::ui {

// "plan.pdf · PDF · 1.2 MB · 14 pages": what a document chip says, in the editor and under a question.
QString describeDocument(const AttachedDocument &document);

// The documents attached to the next turn, as chips each with a remove button.
class DocumentChips : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentChips(QWidget *parent = nullptr);

    void add(const AttachedDocument &document);
    void remove(const QString &hash);
    void clear();
    QList<AttachedDocument> documents() const;
    int count() const { return int(m_items.size()); }

signals:
    void changed();

private:
    struct Item
    {
        AttachedDocument document;
        QWidget *widget = nullptr;
    };

    QHBoxLayout *m_layout;
    QList<Item> m_items;
};

} // namespace confab::ui
