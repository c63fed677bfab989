#include "ui/common/ImageConvert.h"

namespace led::ui {

QImage toQImage(const led::Image& image) {
  const QImage::Format format = image.channels() == 3 ? QImage::Format_RGB888 : QImage::Format_Grayscale8;
  const qsizetype stride = qsizetype(image.width()) * image.channels();
  return QImage(image.data.data(), image.width(), image.height(), stride, format).copy();
}

}  // namespace led::ui
