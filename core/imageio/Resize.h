#pragma once
// Downscaling by area averaging, the right filter for shrinking photos (no aliasing).
#include "core/image/Image.h"

namespace led {

Image resizeArea(const Image& image, int height, int width);
// The image shrunk so that its longer side is at most maxSide; returned unchanged if it already fits.
Image fitWithin(const Image& image, int maxSide);
// The image converted to exactly `shape`: gray <-> colour (BT.601 luma), then area resizing.
Image conformTo(Image image, const ImageShape& shape);

}  // namespace led
