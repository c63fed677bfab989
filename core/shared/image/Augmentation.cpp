#include "core/shared/image/Augmentation.h"

#include <algorithm>
#include <cstring>

#include "core/shared/random/RandomSource.h"

namespace led {

std::string Augmentation::text() const {
  std::string s;
  auto add = [&s](const std::string& part) { s += (s.empty() ? "" : ", ") + part; };
  if (cropPadding > 0) add("crop " + std::to_string(cropPadding));
  if (horizontalFlip) add("flip");
  if (noise > 0) add("noise " + std::to_string(noise));
  return s.empty() ? "none" : s;
}

Augmentation defaultAugmentation(const ImageShape& shape) {
  return shape.channels == 1 ? Augmentation{0, true, 0} : Augmentation{4, true, 0};
}

Image augment(const std::uint8_t* samples, const ImageShape& s, const Augmentation& augmentation, RandomSource& random) {
  Image out(s);
  const int pad = augmentation.cropPadding;
  const int dy = pad ? int(random.below(2 * std::uint64_t(pad) + 1)) - pad : 0;
  const int dx = pad ? int(random.below(2 * std::uint64_t(pad) + 1)) - pad : 0;
  const bool flip = augmentation.horizontalFlip && random.below(2) == 1;
  const int c = s.channels;
  for (int r = 0; r < s.height; ++r) {
    const int sr = std::clamp(r + dy, 0, s.height - 1);
    for (int x = 0; x < s.width; ++x) {
      const int sx = std::clamp((flip ? s.width - 1 - x : x) + dx, 0, s.width - 1);
      std::memcpy(out.data.data() + (std::size_t(r) * s.width + x) * c, samples + (std::size_t(sr) * s.width + sx) * c, std::size_t(c));
    }
  }
  if (const int n = augmentation.noise; n > 0)
    for (std::uint8_t& v : out.data) v = std::uint8_t(std::clamp(int(v) + int(random.below(2 * std::uint64_t(n) + 1)) - n, 0, 255));
  return out;
}

}  // namespace led
