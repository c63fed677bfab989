#pragma once
// The operating system's CSPRNG (libsodium's randombytes, getrandom(2) on Linux): where keys, pads and
// answer keys come from.
#include <cstddef>
#include <cstdint>

namespace led::crypto {

void systemRandom(std::uint8_t* out, std::size_t n);

}  // namespace led::crypto
