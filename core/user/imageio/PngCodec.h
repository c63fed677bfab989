#pragma once
// PNG through libpng: what most images here are (the samples, every lossless ciphertext, every chart).
// Decoded the way the rest of the program expects: palettes expanded, 16-bit samples scaled to 8 bits,
// alpha dropped (not composited), gamma chunks ignored.
#include <cstdint>
#include <string>
#include <vector>

#include "core/shared/image/Image.h"

namespace led {

// BadFile naming `name` when libpng refuses the bytes.
Image decodePng(const std::vector<std::uint8_t>& bytes, const std::string& name);
std::vector<std::uint8_t> encodePng(const Image& image);

}  // namespace led
