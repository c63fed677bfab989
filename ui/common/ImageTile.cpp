#include "ui/common/ImageTile.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>
#include <algorithm>

namespace led::ui {
namespace {

// The image scaled to the largest size its area holds, aspect kept, centred in a light frame.
class Picture : public QWidget {
 public:
  Picture(int side, QWidget* parent) : QWidget(parent), side_(side) {
    setMinimumSize(side, side);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  }
  QSize sizeHint() const override { return {side_, side_}; }
  void setPicture(const QImage* image) {
    image_ = image;
    update();
  }
  QRect target() const {
    if (!image_ || image_->isNull()) return {};
    const QSize fitted = image_->size().scaled(contentsRect().size() - QSize(4, 4), Qt::KeepAspectRatio);
    return QRect(QPoint(), fitted).translated(rect().center() - QRect(QPoint(), fitted).center());
  }

 protected:
  void paintEvent(QPaintEvent*) override {
    QPainter painter(this);
    const QRect at = target();
    // A frame that hugs the picture; dashed around the smallest square while there is none.
    const int side = std::min({side_, width(), height()}) - 4;
    const QRect empty = QRect(0, 0, side, side).translated(rect().center() - QPoint(side / 2, side / 2));
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, at.isEmpty() ? Qt::DashLine : Qt::SolidLine));
    painter.drawRect((at.isEmpty() ? empty : at).adjusted(-1, -1, 0, 0));
    if (at.isEmpty()) return;
    // Enlarged at least twice: keep every pixel square and sharp, so that blocks stay visible.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, at.width() < 2 * image_->width());
    painter.drawImage(at, *image_);
  }

 private:
  int side_;
  const QImage* image_ = nullptr;
};

}  // namespace

ImageTile::ImageTile(const QString& caption, int side, QWidget* parent)
    : QWidget(parent), picture_(new Picture(side, this)), caption_(new QLabel(caption, this)) {
  caption_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
  caption_->setWordWrap(true);
  caption_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(picture_, 1);
  layout->addWidget(caption_);
  fitCaption();
}

void ImageTile::setImage(const QImage& image) {
  image_ = image;
  static_cast<Picture*>(picture_)->setPicture(&image_);
}

void ImageTile::setCaption(const QString& caption) {
  caption_->setText(caption);
  fitCaption();
}

void ImageTile::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  fitCaption();
}

// A wrapped label is not asked by the layouts how tall it is at the width it gets; without this a long
// caption is drawn over by the picture.
void ImageTile::fitCaption() {
  const int width = std::max(caption_->width(), picture_->minimumWidth());
  caption_->setFixedHeight(caption_->heightForWidth(width));
}

QString ImageTile::caption() const { return caption_->text(); }

void ImageTile::clear() {
  image_ = QImage();
  static_cast<Picture*>(picture_)->setPicture(nullptr);
}

}  // namespace led::ui
