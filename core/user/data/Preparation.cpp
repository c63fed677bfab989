#include "core/user/data/Preparation.h"

#include "core/shared/common/Error.h"

namespace led {

Augmentation Preparation::augmentationFor(const ImageShape& shape) const {
  Augmentation a = augmentation.value_or(defaultAugmentation(shape));
  if (pixelNoise > 0) a.noise = pixelNoise;
  return a;
}

void Preparation::validate() const {
  if (pixelNoise < 0 || pixelNoise > 255) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the pixel noise must be from 0 to 255"));
}

}  // namespace led
