#include "core/user/imageio/ImageHeader.h"

#include <cctype>
#include <cstring>

#include "core/shared/common/Error.h"

namespace led {
namespace {

std::uint64_t bigEndian(const std::uint8_t* p, int n) {
  std::uint64_t v = 0;
  for (int i = 0; i < n; ++i) v = v << 8 | p[i];
  return v;
}

std::uint64_t littleEndian32(const std::uint8_t* p) {
  return std::uint64_t(p[0]) | std::uint64_t(p[1]) << 8 | std::uint64_t(p[2]) << 16 | std::uint64_t(p[3]) << 24;
}

// The first start-of-frame segment (SOF0-SOF15 but DHT, JPG and DAC) holds height and width.
std::optional<ClaimedSize> jpegSize(const std::vector<std::uint8_t>& b) {
  std::size_t i = 2;
  while (i + 9 <= b.size()) {
    if (b[i] != 0xFF) return std::nullopt;
    const std::uint8_t marker = b[i + 1];
    if (marker == 0xFF) {  // fill byte
      ++i;
      continue;
    }
    const std::size_t length = std::size_t(bigEndian(&b[i + 2], 2));
    if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
      return ClaimedSize{bigEndian(&b[i + 7], 2), bigEndian(&b[i + 5], 2)};
    if (length < 2) return std::nullopt;
    i += 2 + length;
  }
  return std::nullopt;
}

}  // namespace

std::optional<ClaimedSize> claimedSize(const std::vector<std::uint8_t>& b) {
  static const std::uint8_t png[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  if (b.size() >= 24 && std::memcmp(b.data(), png, 8) == 0) return ClaimedSize{bigEndian(&b[16], 4), bigEndian(&b[20], 4)};
  if (b.size() >= 26 && b[0] == 'B' && b[1] == 'M') {
    const std::uint64_t height = littleEndian32(&b[22]);
    return ClaimedSize{littleEndian32(&b[18]), height >= 0x80000000u ? 0x100000000u - height : height};  // negative: top-down rows
  }
  if (b.size() >= 4 && b[0] == 0xFF && b[1] == 0xD8) return jpegSize(b);
  return std::nullopt;
}

void requireKnownFormat(const std::vector<std::uint8_t>& b, const std::string& name) {
  const auto starts = [&b](const char* magic, std::size_t at = 0) {
    const std::size_t n = std::strlen(magic);
    return b.size() >= at + n && std::memcmp(b.data() + at, magic, n) == 0;
  };
  const bool png = starts("\x89PNG\r\n\x1a\n"), jpeg = b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF, bmp = starts("BM");
  const bool tiff = starts("II*") || (b.size() >= 4 && starts("MM") && b[2] == 0 && b[3] == '*');
  const bool webp = starts("RIFF") && starts("WEBP", 8);
  const bool pnm = b.size() >= 3 && b[0] == 'P' && b[1] >= '1' && b[1] <= '6' && std::isspace(b[2]);
  if (!(png || jpeg || bmp || tiff || webp || pnm))
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 is not an image this program reads (PNG, JPEG, BMP, TIFF, WebP or PNM)"), {name}});
}

void requireModestSize(const std::vector<std::uint8_t>& bytes, const std::string& name) {
  const std::optional<ClaimedSize> size = claimedSize(bytes);
  if (size && size->width * size->height > kMaxDecodedPixels)
    fail(ErrorKind::BadFile, {LED_PHRASE("led", "%1 claims %2 x %3 pixels, more than this program decodes (8192 x 8192)"),
                              {name, std::to_string(size->width), std::to_string(size->height)}});
}

}  // namespace led
