#pragma once
// What a scheme produces: bytes for every scheme but rmt, whose block transform yields real values.
#include <cstdint>
#include <vector>

#include "core/shared/image/Image.h"

namespace led {

struct Ciphertext {
  ImageShape shape;                 // layout of the encrypted samples (padded; etc-gray: planes side by side)
  bool real = false;                // true for rmt
  std::vector<std::uint8_t> bytes;  // when !real
  std::vector<float> reals;         // when real

  static Ciphertext fromImage(Image image);
  // What a person sees: the bytes as they are, or real values stretched linearly from their range to 0..255.
  Image view() const;
};

}  // namespace led
