#include "core/shared/ciphertext/InputLayout.h"

#include <algorithm>
#include <cstdint>

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

SampleEncoding encodingOf(InputLayout layout, bool real) {
  if (real) return SampleEncoding::Reals;
  return layout == InputLayout::NibblePlanes ? SampleEncoding::Nibbles : SampleEncoding::Bytes;
}

const char* encodingName(SampleEncoding encoding) {
  return encoding == SampleEncoding::Bytes ? "bytes" : encoding == SampleEncoding::Nibbles ? "nibbles" : "reals";
}

std::size_t storedValues(const InputShape& input, SampleEncoding encoding) {
  return encoding == SampleEncoding::Nibbles ? input.size() / 2 : input.size();
}

void storeCiphertext(const Ciphertext& ciphertext, SampleEncoding encoding, void* out) {
  const std::size_t plane = std::size_t(ciphertext.shape.height) * ciphertext.shape.width;
  const int channels = ciphertext.shape.channels;
  for (std::size_t p = 0; p < plane; ++p)
    for (int ch = 0; ch < channels; ++ch) {
      const std::size_t from = p * std::size_t(channels) + std::size_t(ch), to = std::size_t(ch) * plane + p;
      if (encoding == SampleEncoding::Reals)
        static_cast<float*>(out)[to] = ciphertext.reals[from] / 255.0f;
      else
        static_cast<std::uint8_t*>(out)[to] = ciphertext.bytes[from];
    }
}

void decodeStored(SampleEncoding encoding, const void* stored, const InputShape& input, float* out) {
  const std::size_t n = storedValues(input, encoding);
  if (encoding == SampleEncoding::Reals) {
    std::copy_n(static_cast<const float*>(stored), n, out);
    return;
  }
  const auto* bytes = static_cast<const std::uint8_t*>(stored);
  if (encoding == SampleEncoding::Bytes) {
    for (std::size_t i = 0; i < n; ++i) out[i] = bytes[i] / 255.0f - 0.5f;
    return;
  }
  for (std::size_t i = 0; i < n; ++i) {
    out[i] = (bytes[i] & 15) / 15.0f - 0.5f;
    out[n + i] = (bytes[i] >> 4) / 15.0f - 0.5f;
  }
}

}  // namespace led
