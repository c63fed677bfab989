#pragma once
// An image with a caption under it, enlarged without smoothing when small so that blocks stay visible.
#include <QWidget>

class QLabel;

namespace led::ui {

class ImageTile : public QWidget {
  Q_OBJECT
 public:
  ImageTile(const QString& caption, int side, QWidget* parent = nullptr);
  void setImage(const QImage& image);
  void setCaption(const QString& caption);
  void clear();
  QImage image() const { return image_; }
  QString caption() const;

 private:
  void fitCaption();

  QLabel* picture_;
  QLabel* caption_;
  QImage image_;
};

}  // namespace led::ui
