#pragma once
// How an image becomes a model's input tensor (as CHW floats): encrypted with the key, if any, then laid
// out. Samples: one plane per channel, v / 255 - 0.5 (rmt's real values: v / 255). NibblePlanes (le with
// split nibbles): the lower nibbles of every channel, then the upper ones, n / 15 - 0.5.
#include <memory>

#include "schemes/Cipher.h"

namespace led {

enum class InputLayout { Samples, NibblePlanes };

struct InputShape {
  int channels = 0;
  int height = 0;
  int width = 0;
  std::size_t size() const { return std::size_t(channels) * height * width; }
  bool operator==(const InputShape& o) const { return channels == o.channels && height == o.height && width == o.width; }
  bool operator!=(const InputShape& o) const { return !(*this == o); }
};

InputLayout layoutFor(const SchemeParams& params);
// The input shape that ciphertexts of this shape give in this layout.
InputShape inputShapeOf(const ImageShape& cipherShape, InputLayout layout);
// Writes inputShapeOf(ciphertext, layout).size() floats: how a cloud that holds only ciphertexts feeds its model.
void layOutCiphertext(const Ciphertext& ciphertext, InputLayout layout, float* out);

class ModelInput {
 public:
  // cipher == nullptr: plain images of `plain` shape.
  ModelInput(std::shared_ptr<const Cipher> cipher, const ImageShape& plain);
  InputLayout layout() const { return layout_; }
  InputShape shape() const { return shape_; }
  const ImageShape& plainShape() const { return plain_; }
  const Cipher* cipher() const { return cipher_.get(); }
  // Writes shape().size() floats; plain must have plainShape().
  void prepare(const Image& plain, float* out) const;

 private:
  std::shared_ptr<const Cipher> cipher_;
  ImageShape plain_;
  InputLayout layout_;
  InputShape shape_;
};

}  // namespace led
