#include "core/ciphertext/InputLayout.h"

namespace led {

std::string InputShape::text() const {
  return std::to_string(channels) + (channels == 1 ? " plane of " : " planes of ") + std::to_string(width) + "x" + std::to_string(height);
}

InputLayout layoutFor(const SchemeParams& params) {
  return params.scheme == SchemeId::Le && params.split ? InputLayout::NibblePlanes : InputLayout::Samples;
}

InputShape inputShapeOf(const ImageShape& s, InputLayout layout) {
  return {layout == InputLayout::NibblePlanes ? 2 * s.channels : s.channels, s.height, s.width};
}

void layOutCiphertext(const Ciphertext& ciphertext, InputLayout layout, float* out) {
  const std::size_t plane = std::size_t(ciphertext.shape.height) * ciphertext.shape.width;
  const int c = ciphertext.shape.channels;
  for (std::size_t p = 0; p < plane; ++p)
    for (int ch = 0; ch < c; ++ch) {
      const std::size_t at = p * c + std::size_t(ch);
      if (ciphertext.real) {
        out[std::size_t(ch) * plane + p] = ciphertext.reals[at] / 255.0f;
      } else if (layout == InputLayout::NibblePlanes) {
        out[std::size_t(ch) * plane + p] = (ciphertext.bytes[at] & 15) / 15.0f - 0.5f;
        out[std::size_t(c + ch) * plane + p] = (ciphertext.bytes[at] >> 4) / 15.0f - 0.5f;
      } else {
        out[std::size_t(ch) * plane + p] = ciphertext.bytes[at] / 255.0f - 0.5f;
      }
    }
}

}  // namespace led
