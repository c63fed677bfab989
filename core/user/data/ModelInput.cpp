#include "core/user/data/ModelInput.h"

#include "core/shared/common/Error.h"

namespace led {

ModelInput::ModelInput(std::shared_ptr<const Cipher> cipher, const ImageShape& plain) : cipher_(std::move(cipher)), plain_(plain) {
  if (cipher_ && cipher_->spec().shape != plain)
    fail(ErrorKind::Mismatch,
         {LED_PHRASE("led", "the key is for images of %1, these images are %2"), {cipher_->spec().shape.text(), plain.text()}});
  layout_ = cipher_ ? layoutFor(cipher_->spec().params) : InputLayout::Samples;
  shape_ = inputShapeOf(cipher_ ? cipher_->cipherShape() : plain, layout_);
}

void ModelInput::prepare(const Image& plain, float* out) const {
  if (plain.shape != plain_)
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "the image is %1, the model takes %2"), {plain.shape.text(), plain_.text()}});
  const std::size_t plane = std::size_t(shape_.height) * shape_.width;
  if (!cipher_) {
    const int c = plain.channels();
    for (std::size_t p = 0; p < plane; ++p)
      for (int ch = 0; ch < c; ++ch) out[std::size_t(ch) * plane + p] = plain.data[p * c + std::size_t(ch)] / 255.0f - 0.5f;
    return;
  }
  thread_local Ciphertext ciphertext;  // buffers reused across images
  cipher_->encrypt(plain, ciphertext);
  layOutCiphertext(ciphertext, layout_, out);
}

}  // namespace led
