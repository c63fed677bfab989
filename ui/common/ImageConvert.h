#pragma once
// Between core's Image (RGB or gray bytes) and Qt's QImage, always by deep copy.
#include <QImage>

#include "core/shared/image/Image.h"

namespace led::ui {

QImage toQImage(const led::Image& image);

}  // namespace led::ui
