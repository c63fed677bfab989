#pragma once
// How the user's side prepares its images for a model before encrypting them: augmentation and pixel
// noise (as a client applies them, on plain images), and how many images of each split it takes.
#include <cstddef>
#include <optional>

#include "core/shared/image/Augmentation.h"

namespace led {

struct Preparation {
  std::optional<Augmentation> augmentation;  // default: the dataset's customary one (shared/image/Augmentation.h)
  int pixelNoise = 0;                        // on top of that augmentation: noise in [-n, n] per sample (0: none)
  std::size_t trainLimit = 0;                // the first n training images only (0: all)
  std::size_t testLimit = 0;

  // The augmentation for images of this shape, pixel noise included.
  Augmentation augmentationFor(const ImageShape& shape) const;
  // Throws InvalidArgument for a pixel noise out of 0..255.
  void validate() const;
};

}  // namespace led
