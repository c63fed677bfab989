#pragma once
// JPEG through libjpeg-turbo's TurboJPEG interface: photographs, and the JPEG experiments of EtC. Gray
// and colour images; a CMYK JPEG is left to OpenCV (OpenCvCodecs.h).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/shared/image/Image.h"

namespace led {

// Empty for a JPEG this decoder leaves to OpenCV (CMYK); BadFile naming `name` when the bytes are not
// a JPEG it can decode.
std::optional<Image> decodeJpeg(const std::vector<std::uint8_t>& bytes, const std::string& name);
// Baseline JPEG at this quality (1-100), 4:2:0 for colour as OpenCV writes it.
std::vector<std::uint8_t> encodeJpeg(const Image& image, int quality);

}  // namespace led
