#pragma once
// What an image file's first bytes say, read before OpenCV decodes it: which format it is, and the size
// its header claims (OpenCV allocates whatever a header claims: the fuzzer found a 246-byte BMP asking
// for 3 GB), so an unknown format or a claim beyond reason is refused first.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace led {

struct ClaimedSize {
  std::uint64_t width = 0, height = 0;
};

// PNG, JPEG and BMP headers; empty for other formats or a header too short to say.
std::optional<ClaimedSize> claimedSize(const std::vector<std::uint8_t>& bytes);

// Throws BadFile unless the bytes start like PNG, JPEG, BMP, TIFF, WebP or PNM: OpenCV would otherwise
// hand them to every decoder it was built with (DICOM, GDAL, JPEG 2000, ...), and the fuzzer found a
// 132-byte input on which Debian's DICOM library aborts the process.
void requireKnownFormat(const std::vector<std::uint8_t>& bytes, const std::string& name);

// The most pixels this program decodes: 2^26 (8192 x 8192).
constexpr std::uint64_t kMaxDecodedPixels = std::uint64_t(1) << 26;
// Throws BadFile when the header claims more than kMaxDecodedPixels.
void requireModestSize(const std::vector<std::uint8_t>& bytes, const std::string& name);

}  // namespace led
