#pragma once
// A dataset as a model sees it, as a client would prepare it (SPEC.md section 5): augmentation (random
// crop, flip) on the plain image first, then encryption with the key, then the float layout the model
// takes. Augmenting ciphertexts instead would break block alignment.
#include <cstdint>
#include <memory>

#include "data/Dataset.h"
#include "random/RandomSource.h"
#include "schemes/Cipher.h"

namespace led {

// Samples: one plane per channel, v / 255 - 0.5 (rmt: v / 255). NibblePlanes (le with split nibbles):
// the lower nibbles of every channel, then the upper ones, n / 15 - 0.5.
enum class InputLayout { Samples, NibblePlanes };

struct InputShape {
  int channels = 0;
  int height = 0;
  int width = 0;
  std::size_t size() const { return std::size_t(channels) * height * width; }
};

struct Augmentation {
  int cropPadding = 0;          // pad by this many pixels (edge replication), crop back at a random offset
  bool horizontalFlip = false;  // mirror half of the images
};

class EncryptedView {
 public:
  // cipher == nullptr: the plain images.
  EncryptedView(const Dataset& data, std::shared_ptr<const Cipher> cipher, Augmentation augmentation);

  InputLayout layout() const { return layout_; }
  InputShape inputShape() const { return input_; }
  std::size_t size() const { return data_.size(); }
  const Dataset& dataset() const { return data_; }

  // Writes `count` images (by index) as CHW floats into out and their labels into labels. With
  // random == nullptr no augmentation is applied (evaluation).
  void fill(const std::size_t* indices, std::size_t count, RandomSource* random, float* out, std::int64_t* labels) const;
  // One image prepared the same way (prediction): plain must have the dataset's shape.
  void fillImage(const Image& plain, float* out) const;

 private:
  Image augment(const std::uint8_t* samples, RandomSource& random) const;
  void toLayout(const Image& plain, float* out) const;

  const Dataset& data_;
  std::shared_ptr<const Cipher> cipher_;
  Augmentation augmentation_;
  InputLayout layout_;
  InputShape input_;
};

InputLayout layoutFor(const SchemeParams& params);

}  // namespace led
