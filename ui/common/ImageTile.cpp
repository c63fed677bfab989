#include "ui/common/ImageTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace led::ui {

ImageTile::ImageTile(const QString& caption, int side, QWidget* parent)
    : QWidget(parent), picture_(new QLabel(this)), caption_(new QLabel(caption, this)) {
  picture_->setFixedSize(side, side);
  picture_->setAlignment(Qt::AlignCenter);
  picture_->setFrameShape(QFrame::StyledPanel);
  caption_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
  caption_->setWordWrap(true);
  caption_->setMaximumWidth(side + 40);
  fitCaption();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(picture_, 0, Qt::AlignHCenter);
  layout->addWidget(caption_);
}

void ImageTile::setImage(const QImage& image) {
  image_ = image;
  const bool small = image.width() < picture_->width() / 2;
  picture_->setPixmap(QPixmap::fromImage(
      image.scaled(picture_->size(), Qt::KeepAspectRatio, small ? Qt::FastTransformation : Qt::SmoothTransformation)));
}

void ImageTile::setCaption(const QString& caption) {
  caption_->setText(caption);
  fitCaption();
}

// A squeezed page would otherwise draw a long caption over the picture: the layouts do not ask a
// wrapped label how tall it is at the narrowest the tile can be.
void ImageTile::fitCaption() { caption_->setMinimumHeight(caption_->heightForWidth(picture_->width())); }

QString ImageTile::caption() const { return caption_->text(); }

void ImageTile::clear() {
  image_ = QImage();
  picture_->clear();
}

}  // namespace led::ui
