#pragma once
// Downscaling by area averaging, the right filter for shrinking photos (no aliasing).
#include "core/shared/image/Image.h"

namespace led {

Image resizeArea(const Image& image, int height, int width);
// The image shrunk so that its longer side is at most maxSide; returned unchanged if it already fits.
Image fitWithin(const Image& image, int maxSide);
// Enlarged to `shape` by nearest neighbour (blocks stay crisp), a gray image repeated into every colour
// channel: for showing small images large, not for feeding a model.
Image enlargeNearest(const Image& image, const ImageShape& shape);
// The image converted to exactly `shape`: gray <-> colour (BT.601 luma), then area resizing.
Image conformTo(Image image, const ImageShape& shape);
// A photo for a model or a key of `shape`: its largest centred part of the shape's aspect ratio, then
// conformTo. Nothing is stretched: a landscape photo loses its sides, a portrait its top and bottom.
Image cropAndConform(const Image& photo, const ImageShape& shape);

}  // namespace led
