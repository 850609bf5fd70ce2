#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;

namespace confab::ui {

// One picture at full size: fit to the window or zoom, save a copy, copy to the clipboard, or attach it for
// an edit.
class ImageViewer : public QDialog
{
    Q_OBJECT
public:
    ImageViewer(const QString &path, const QString &hash, QWidget *parent = nullptr);

    bool hasImage() const { return !m_image.isNull(); }
    double zoom() const { return m_zoom; }
    bool isFitting() const { return m_fit; }
    void setZoom(double zoom);
    void fitToWindow();
    bool saveTo(const QString &path) const;
    void copyToClipboard() const;

signals:
    void editRequested(const QString &hash);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void render();
    void saveAs();

    QString m_path;
    QString m_hash;
    QImage m_image;
    QScrollArea *m_scroll;
    QLabel *m_label;
    QLabel *m_info;
    double m_zoom = 1.0;
    bool m_fit = true;
};

} // namespace confab::ui
