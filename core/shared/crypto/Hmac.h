#pragma once
// HMAC-SHA-256 (libsodium): a message authenticated under a secret key, and a tag compared in
// constant time, so that how long a check takes says nothing of how close a forged tag came.
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace led::crypto {

using MacKey = std::array<std::uint8_t, 32>;
using Mac = std::array<std::uint8_t, 32>;

Mac hmacSha256(const MacKey& key, const std::uint8_t* data, std::size_t size);
// A key for one purpose, derived from a key shared for others: HMAC(key, purpose).
MacKey deriveMacKey(const std::array<std::uint8_t, 32>& key, std::string_view purpose);
bool sameMac(const Mac& a, const Mac& b);

}  // namespace led::crypto
