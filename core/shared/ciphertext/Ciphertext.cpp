#include "core/shared/ciphertext/Ciphertext.h"

#include <algorithm>
#include <cmath>

namespace led {

Ciphertext Ciphertext::fromImage(Image image) {
  Ciphertext c;
  c.shape = image.shape;
  c.bytes = std::move(image.data);
  return c;
}

Image Ciphertext::view() const {
  if (!real) return Image(shape, bytes);
  Image out(shape);
  if (reals.empty()) return out;
  const auto [lo, hi] = std::minmax_element(reals.begin(), reals.end());
  const float scale = *hi > *lo ? 255.0f / (*hi - *lo) : 0.0f;
  for (std::size_t i = 0; i < reals.size(); ++i) out.data[i] = std::uint8_t(std::lround((reals[i] - *lo) * scale));
  return out;
}

}  // namespace led
