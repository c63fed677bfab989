#pragma once
// Image files at the program's boundary: decoded with OpenCV, converted from BGR to RGB here only.
#include <cstdint>
#include <string>
#include <vector>

#include "core/shared/image/Image.h"

namespace led {

// Reads PNG, JPEG, BMP (and whatever else OpenCV decodes) as 1 or 3 channels; alpha is dropped,
// 16-bit samples are scaled to 8 bits. A truncated or undecodable file is a BadFile error, never a
// half-grey image.
Image readImage(const std::string& path);
// The same for bytes already in memory (a bundled resource, a download); `name` is used in errors.
Image decodeImage(const std::vector<std::uint8_t>& bytes, const std::string& name);

// Encodes in memory: extension "png", "jpg", "bmp"...
std::vector<std::uint8_t> encodeImage(const Image& image, const std::string& extension, int jpegQuality = 95);
// Writes by extension (.png, .bmp, .jpg/.jpeg, .tif...), atomically.
void writeImage(const std::string& path, const Image& image, int jpegQuality = 95);

// True for extensions that store samples exactly (a ciphertext written as JPEG would not decrypt).
bool isLosslessImagePath(const std::string& path);
bool isImagePath(const std::string& path);

}  // namespace led
