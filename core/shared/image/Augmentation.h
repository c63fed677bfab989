#pragma once
// Augmentation as a client applies it (on plain images, before encryption: augmenting ciphertexts would
// break block alignment): a padded random crop, mirroring, and pixel noise.
#include <cstdint>
#include <string>

#include "core/shared/image/Image.h"

namespace led {

class RandomSource;

struct Augmentation {
  int cropPadding = 0;          // shift by up to this many pixels (edges replicated), as a padded random crop
  bool horizontalFlip = false;  // mirror half of the images
  int noise = 0;                // add a uniform integer in [-noise, noise] to every sample (clamped to 0..255), so
                                // a model cannot lean on the lowest bits (le's lower nibble: over-fitting)

  bool any() const { return cropPadding > 0 || horizontalFlip || noise > 0; }
  std::string text() const;  // "crop 4, flip, noise 8", or "none"
  bool operator==(const Augmentation& o) const {
    return cropPadding == o.cropPadding && horizontalFlip == o.horizontalFlip && noise == o.noise;
  }
};

// The customary augmentation: mirroring for small gray images (Fashion-MNIST), a 4-pixel random crop
// and mirroring for colour ones (CIFAR-10).
Augmentation defaultAugmentation(const ImageShape& shape);

// One augmented copy of an image of `shape` whose samples start at `samples`.
Image augment(const std::uint8_t* samples, const ImageShape& shape, const Augmentation& augmentation, RandomSource& random);

}  // namespace led
