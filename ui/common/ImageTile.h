#pragma once
// An image with a caption under it. The picture grows with the space its page gives it (a classroom's
// projector, a full-screen window) and never shrinks below the side it was made with; small images are
// enlarged without smoothing so that blocks stay visible.
#include <QWidget>

class QLabel;

namespace led::ui {

class ImageTile : public QWidget {
  Q_OBJECT
 public:
  // side: the smallest the picture is drawn, in pixels at the normal zoom.
  ImageTile(const QString& caption, int side, QWidget* parent = nullptr);
  void setImage(const QImage& image);
  void setCaption(const QString& caption);
  void clear();
  QImage image() const { return image_; }
  QString caption() const;

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  void fitCaption();

  QWidget* picture_;
  QLabel* caption_;
  QImage image_;
};

}  // namespace led::ui
