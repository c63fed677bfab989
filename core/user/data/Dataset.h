#pragma once
// A labelled image dataset held as one contiguous block of samples (N x H x W x C, uint8), so that
// batches are cut from it without copying image by image.
#include <cstdint>
#include <string>
#include <vector>

#include "core/shared/image/Image.h"

namespace led {

struct Dataset {
  std::string name;
  ImageShape shape;                   // of every image
  std::vector<std::uint8_t> pixels;   // size() images, HWC each
  std::vector<std::uint16_t> labels;  // class index of each image
  std::vector<std::string> classNames;

  std::size_t size() const { return labels.size(); }
  const std::uint8_t* samples(std::size_t i) const { return pixels.data() + i * shape.samples(); }
  Image image(std::size_t i) const;
  // The first n images (all when n is 0 or larger than the set).
  Dataset head(std::size_t n) const;
  // Throws BadFile unless sizes, labels and class names agree.
  void validate() const;
};

struct DatasetSplit {
  Dataset train;
  Dataset test;
};

}  // namespace led
