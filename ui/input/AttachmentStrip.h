#pragma once

#include "engine/AttachmentIntake.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;

namespace confab {
class ImageStore;
}

namespace confab::ui {

// The pictures attached to the next turn, as small thumbnails each with a remove button.
class AttachmentStrip : public QWidget
{
    Q_OBJECT
public:
    AttachmentStrip(ImageStore *images, QWidget *parent = nullptr);

    void add(const Attachment &attachment);
    void remove(const QString &hash);
    void clear();
    QStringList hashes() const;
    int count() const { return int(m_items.size()); }

signals:
    void changed();

private:
    struct Item
    {
        QString hash;
        QWidget *widget = nullptr;
    };
    void onThumbnailReady(const QString &hash, int size, const QString &path);

    ImageStore *m_images;
    QHBoxLayout *m_layout;
    QList<Item> m_items;
};

} // namespace confab::ui
