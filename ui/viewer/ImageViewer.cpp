#include "viewer/ImageViewer.h"

#include "common/ImageSizeGuard.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

namespace confab::ui {

ImageViewer::ImageViewer(const QString &path, const QString &hash, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_hash(hash)
    , m_scroll(new QScrollArea(this))
    , m_label(new QLabel(this))
    , m_info(new QLabel(this))
{
    setWindowTitle(tr("Image"));
    setAccessibleName(tr("Image viewer"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 700);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto add = [&](const QString &icon, const QString &text, const QKeySequence &key, auto slot) {
        QAction *action = bar->addAction(Theme::icon(icon), text, this, slot);
        action->setShortcut(key);
        action->setToolTip(key.isEmpty()
                               ? text
                               : QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        return action;
    };
    add(QStringLiteral("zoom-fit"), tr("Fit"), QKeySequence(Qt::Key_F), [this] { fitToWindow(); });
    add(QStringLiteral("zoom-in"), tr("Zoom in"), QKeySequence::ZoomIn, [this] { setZoom(m_zoom * 1.25); });
    add(QStringLiteral("zoom-out"), tr("Zoom out"), QKeySequence::ZoomOut,
        [this] { setZoom(m_zoom / 1.25); });
    add(QStringLiteral("zoom-fit"), tr("100 %"), QKeySequence(Qt::CTRL | Qt::Key_0),
        [this] { setZoom(1.0); });
    bar->addSeparator();
    add(QStringLiteral("save"), tr("Save as…"), QKeySequence::Save, [this] { saveAs(); });
    add(QStringLiteral("copy"), tr("Copy"), QKeySequence::Copy, [this] { copyToClipboard(); });
    bar->addSeparator();
    add(QStringLiteral("edit-image"), tr("Edit this image"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        emit editRequested(m_hash);
        close();
    });
    for (QAction *action : bar->actions())
        if (!action->isSeparator())
            action->setObjectName(action->text());
    layout->addWidget(bar);

    m_label->setAlignment(Qt::AlignCenter);
    m_label->setAccessibleName(tr("Picture"));
    m_scroll->setWidget(m_label);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setBackgroundRole(QPalette::Dark);
    layout->addWidget(m_scroll, 1);
    m_info->setContentsMargins(10, 4, 10, 4);
    m_info->setText(tr("Loading…"));
    layout->addWidget(m_info);

    // Full-size pictures can take a moment to decode: do it off the GUI thread.
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher] {
        m_image = watcher->result();
        watcher->deleteLater();
        m_info->setText(m_image.isNull() ? tr("This picture cannot be read.")
                                         : tr("%1 × %2 px · %3")
                                               .arg(m_image.width())
                                               .arg(m_image.height())
                                               .arg(QFileInfo(m_path).suffix().toUpper()));
        render();
    });
    watcher->setFuture(QtConcurrent::run([path] {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        if (!refuseOversizedImage(reader).isEmpty())
            return QImage();
        return reader.read();
    }));
}

void ImageViewer::fitToWindow()
{
    m_fit = true;
    render();
}

void ImageViewer::setZoom(double zoom)
{
    m_fit = false;
    m_zoom = qBound(0.05, zoom, 8.0);
    render();
}

void ImageViewer::render()
{
    if (m_image.isNull())
        return;
    if (m_fit) {
        const QSize area = m_scroll->viewport()->size() - QSize(8, 8);
        m_zoom =
            qMin(1.0, qMin(double(area.width()) / m_image.width(), double(area.height()) / m_image.height()));
        m_zoom = qMax(m_zoom, 0.05);
    }
    const qreal dpr = devicePixelRatioF();
    const QSize logical(qMax(1, int(m_image.width() * m_zoom)), qMax(1, int(m_image.height() * m_zoom)));
    QPixmap pixmap =
        QPixmap::fromImage(m_image.scaled(logical * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(dpr);
    m_label->setPixmap(pixmap);
    m_label->resize(logical);
}

void ImageViewer::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_fit)
        render();
}

void ImageViewer::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom * (event->angleDelta().y() > 0 ? 1.1 : 1 / 1.1));
        event->accept();
        return;
    }
    QDialog::wheelEvent(event);
}

bool ImageViewer::saveTo(const QString &path) const
{
    // Same format as stored: copy the bytes, so nothing is re-encoded or lost.
    if (QFileInfo(path).suffix().compare(QFileInfo(m_path).suffix(), Qt::CaseInsensitive) == 0) {
        QFile::remove(path);
        return QFile::copy(m_path, path);
    }
    return m_image.save(path);
}

void ImageViewer::saveAs()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested =
        folder + QStringLiteral("/confab-") + m_hash.left(10) + QLatin1Char('.') + QFileInfo(m_path).suffix();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save image"), suggested,
                                                      tr("Images (*.png *.jpg *.jpeg *.webp)"));
    if (!path.isEmpty() && !saveTo(path))
        QMessageBox::warning(this, tr("Save failed"),
                             tr("The picture could not be written to %1.").arg(path));
}

void ImageViewer::copyToClipboard() const
{
    QApplication::clipboard()->setImage(m_image);
}

} // namespace confab::ui
