#pragma once
// Full-range YCbCr (JPEG, ITU-R BT.601) with 4:4:4 sampling, as etc-gray needs it.
#include "core/shared/image/Image.h"

namespace led {

// H x W x 3 RGB -> H x 3W x 1: the Y, Cb and Cr planes side by side. A gray image passes unchanged.
Image rgbToYCbCrPlanes(const Image& rgb);
// The inverse, rounding and clamping; exact for gray, off by a rounding step or two for colour.
Image yCbCrPlanesToRgb(const Image& planes, int channels);

}  // namespace led
