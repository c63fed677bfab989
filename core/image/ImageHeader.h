#pragma once
// The size an image file claims in its header, read before decoding: OpenCV allocates whatever a header
// claims (the fuzzer found a 246-byte BMP asking for 3 GB), so a claim beyond reason is refused first.
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

// The most pixels this program decodes: 2^26 (8192 x 8192).
constexpr std::uint64_t kMaxDecodedPixels = std::uint64_t(1) << 26;
// Throws BadFile when the header claims more than kMaxDecodedPixels.
void requireModestSize(const std::vector<std::uint8_t>& bytes, const std::string& name);

}  // namespace led
