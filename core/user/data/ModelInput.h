#pragma once
// How an image becomes a model's input tensor (as CHW floats): encrypted with the key, if any, then laid
// out (shared/ciphertext/InputLayout.h).
#include <memory>

#include "core/shared/ciphertext/InputLayout.h"
#include "core/user/schemes/Cipher.h"

namespace led {

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
