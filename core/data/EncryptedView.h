#pragma once
// A dataset as a model sees it, prepared as a client would (SPEC.md section 5): augmentation (random
// crop, flip, noise) on the plain image first, then encryption and layout (ModelInput). Augmenting ciphertexts
// instead would break block alignment.
#include <cstdint>

#include "data/Dataset.h"
#include "data/ModelInput.h"
#include "random/RandomSource.h"

namespace led {

struct Augmentation {
  int cropPadding = 0;          // shift by up to this many pixels (edges replicated), as a padded random crop
  bool horizontalFlip = false;  // mirror half of the images
  int noise = 0;                // add a uniform integer in [-noise, noise] to every sample (clamped to 0..255), so
                                // a model cannot lean on the lowest bits (le's lower nibble: over-fitting)
};

class EncryptedView {
 public:
  EncryptedView(const Dataset& data, const ModelInput& input, Augmentation augmentation);

  const ModelInput& input() const { return input_; }
  std::size_t size() const { return data_.size(); }
  const Dataset& dataset() const { return data_; }

  // Writes `count` images (by index) as CHW floats into out and their labels into labels. With
  // random == nullptr no augmentation is applied (evaluation).
  void fill(const std::size_t* indices, std::size_t count, RandomSource* random, float* out, std::int64_t* labels) const;

 private:
  Image augment(const std::uint8_t* samples, RandomSource& random) const;

  const Dataset& data_;
  const ModelInput& input_;
  Augmentation augmentation_;
};

}  // namespace led
