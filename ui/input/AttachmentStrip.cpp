#include "input/AttachmentStrip.h"

#include "store/ImageStore.h"
#include "theme/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QToolButton>

namespace confab::ui {

namespace {
constexpr int ThumbSize = 56;
}

AttachmentStrip::AttachmentStrip(ImageStore *images, QWidget *parent)
    : QWidget(parent)
    , m_images(images)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("attachments"));
    setAccessibleName(tr("Attached images"));
    m_layout->setContentsMargins(4, 4, 4, 0);
    m_layout->setSpacing(8);
    m_layout->addStretch(1);
    if (m_images)
        connect(m_images, &ImageStore::thumbnailReady, this, &AttachmentStrip::onThumbnailReady);
    hide();
}

void AttachmentStrip::add(const Attachment &attachment)
{
    if (!attachment.ok() || hashes().contains(attachment.hash))
        return;
    auto *item = new QWidget(this);
    item->setFixedSize(ThumbSize + 8, ThumbSize + 8);
    item->setAccessibleName(tr("Attached image %1").arg(attachment.source));
    item->setToolTip(
        QStringLiteral("%1 — %2×%3").arg(attachment.source).arg(attachment.width).arg(attachment.height));

    auto *thumb = new QLabel(item);
    thumb->setObjectName(QStringLiteral("thumbnail"));
    thumb->setGeometry(0, 8, ThumbSize, ThumbSize);
    thumb->setAlignment(Qt::AlignCenter);
    thumb->setStyleSheet(QStringLiteral("QLabel { border-radius: 6px; background: %1; }")
                             .arg(Theme::codeBackground(palette()).name()));

    auto *removeButton = new QToolButton(item);
    removeButton->setAccessibleName(tr("Remove %1").arg(attachment.source));
    removeButton->setToolTip(tr("Remove this image"));
    removeButton->setIcon(Theme::icon(QStringLiteral("close")));
    removeButton->setIconSize(QSize(10, 10));
    removeButton->setGeometry(ThumbSize - 10, 0, 18, 18);
    removeButton->setStyleSheet(
        QStringLiteral("QToolButton { border-radius: 9px; background: %1; border: 1px solid %2; }")
            .arg(palette().color(QPalette::Base).name(), palette().color(QPalette::Mid).name()));
    const QString hash = attachment.hash;
    connect(removeButton, &QToolButton::clicked, this, [this, hash] { remove(hash); });

    m_layout->insertWidget(m_layout->count() - 1, item);
    m_items.append({hash, item});
    setVisible(true);
    if (m_images) {
        const QString cached = m_images->cachedThumbnail(hash);
        if (!cached.isEmpty())
            onThumbnailReady(hash, ImageStore::DefaultThumbnailSize, cached);
        else
            m_images->requestThumbnail(hash);
    }
    emit changed();
}

void AttachmentStrip::onThumbnailReady(const QString &hash, int, const QString &path)
{
    for (const Item &item : std::as_const(m_items)) {
        if (item.hash != hash)
            continue;
        auto *label = item.widget->findChild<QLabel *>(QStringLiteral("thumbnail"));
        const QPixmap pixmap(path);
        if (!label || pixmap.isNull())
            continue;
        QPixmap scaled = pixmap.scaled(QSize(ThumbSize, ThumbSize) * devicePixelRatioF(), Qt::KeepAspectRatio,
                                       Qt::SmoothTransformation);
        scaled.setDevicePixelRatio(devicePixelRatioF());
        label->setPixmap(scaled);
    }
}

void AttachmentStrip::remove(const QString &hash)
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).hash == hash) {
            m_items.at(i).widget->deleteLater();
            m_items.removeAt(i);
            break;
        }
    }
    setVisible(!m_items.isEmpty());
    emit changed();
}

void AttachmentStrip::clear()
{
    for (const Item &item : std::as_const(m_items))
        item.widget->deleteLater();
    m_items.clear();
    hide();
    emit changed();
}

QStringList AttachmentStrip::hashes() const
{
    QStringList result;
    for (const Item &item : m_items)
        result << item.hash;
    return result;
}

} // namespace confab::ui
