#pragma once
// Base64 (RFC 4648) for embedding images in a self-contained HTML report.
#include <cstdint>
#include <string>
#include <vector>

namespace led {

std::string base64(const std::vector<std::uint8_t>& bytes);

}  // namespace led
