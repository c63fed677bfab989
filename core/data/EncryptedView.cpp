#include "data/EncryptedView.h"

#include <algorithm>
#include <cstring>

#include "common/Error.h"

namespace led {

InputLayout layoutFor(const SchemeParams& params) {
  return params.scheme == SchemeId::Le && params.split ? InputLayout::NibblePlanes : InputLayout::Samples;
}

EncryptedView::EncryptedView(const Dataset& data, std::shared_ptr<const Cipher> cipher, Augmentation augmentation)
    : data_(data), cipher_(std::move(cipher)), augmentation_(augmentation) {
  layout_ = cipher_ ? layoutFor(cipher_->spec().params) : InputLayout::Samples;
  if (cipher_ && cipher_->spec().shape != data.shape)
    fail(ErrorKind::Mismatch, "the key is for images of " + cipher_->spec().shape.text() + ", the dataset's images are " + data.shape.text());
  const ImageShape s = cipher_ ? cipher_->cipherShape() : data.shape;
  input_ = {layout_ == InputLayout::NibblePlanes ? 2 * s.channels : s.channels, s.height, s.width};
}

Image EncryptedView::augment(const std::uint8_t* samples, RandomSource& random) const {
  const ImageShape& s = data_.shape;
  Image out(s);
  const int pad = augmentation_.cropPadding;
  const int dy = pad ? int(random.below(2 * std::uint64_t(pad) + 1)) - pad : 0;
  const int dx = pad ? int(random.below(2 * std::uint64_t(pad) + 1)) - pad : 0;
  const bool flip = augmentation_.horizontalFlip && random.below(2) == 1;
  const int c = s.channels;
  for (int r = 0; r < s.height; ++r) {
    const int sr = std::clamp(r + dy, 0, s.height - 1);
    for (int x = 0; x < s.width; ++x) {
      const int sx = std::clamp((flip ? s.width - 1 - x : x) + dx, 0, s.width - 1);
      std::memcpy(out.data.data() + (std::size_t(r) * s.width + x) * c, samples + (std::size_t(sr) * s.width + sx) * c, std::size_t(c));
    }
  }
  return out;
}

void EncryptedView::toLayout(const Image& plain, float* out) const {
  const std::size_t plane = std::size_t(input_.height) * input_.width;
  if (!cipher_) {
    const int c = plain.channels();
    for (std::size_t p = 0; p < plane; ++p)
      for (int ch = 0; ch < c; ++ch) out[std::size_t(ch) * plane + p] = plain.data[p * c + std::size_t(ch)] / 255.0f - 0.5f;
    return;
  }
  thread_local Ciphertext ciphertext;  // buffers reused across images
  cipher_->encrypt(plain, ciphertext);
  const int c = ciphertext.shape.channels;
  if (ciphertext.real) {
    for (std::size_t p = 0; p < plane; ++p)
      for (int ch = 0; ch < c; ++ch) out[std::size_t(ch) * plane + p] = ciphertext.reals[p * c + std::size_t(ch)] / 255.0f;
  } else if (layout_ == InputLayout::NibblePlanes) {
    for (std::size_t p = 0; p < plane; ++p)
      for (int ch = 0; ch < c; ++ch) {
        const std::uint8_t v = ciphertext.bytes[p * c + std::size_t(ch)];
        out[std::size_t(ch) * plane + p] = (v & 15) / 15.0f - 0.5f;
        out[std::size_t(c + ch) * plane + p] = (v >> 4) / 15.0f - 0.5f;
      }
  } else {
    for (std::size_t p = 0; p < plane; ++p)
      for (int ch = 0; ch < c; ++ch) out[std::size_t(ch) * plane + p] = ciphertext.bytes[p * c + std::size_t(ch)] / 255.0f - 0.5f;
  }
}

void EncryptedView::fill(const std::size_t* indices, std::size_t count, RandomSource* random, float* out, std::int64_t* labels) const {
  const bool augmenting = random && (augmentation_.cropPadding > 0 || augmentation_.horizontalFlip);
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t index = indices[i];
    const Image plain = augmenting ? augment(data_.samples(index), *random) : data_.image(index);
    toLayout(plain, out + i * input_.size());
    labels[i] = data_.labels[index];
  }
}

void EncryptedView::fillImage(const Image& plain, float* out) const {
  if (plain.shape != data_.shape) fail(ErrorKind::Mismatch, "the image is " + plain.shape.text() + ", the model takes " + data_.shape.text());
  toLayout(plain, out);
}

}  // namespace led
