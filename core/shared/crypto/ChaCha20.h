#pragma once
// The ChaCha20 keystream (RFC 8439, libsodium's IETF variant: 96-bit nonce, 32-bit block counter). It
// expands a 256-bit key into a long keystream: the generator behind seeded demo keys and behind per-image
// noise keyed from the operating system.
#include <array>
#include <cstdint>

namespace led {

class ChaCha20 {
 public:
  ChaCha20(const std::array<std::uint8_t, 32>& key, const std::array<std::uint8_t, 12>& nonce, std::uint32_t counter);
  ~ChaCha20();
  ChaCha20(const ChaCha20&) = default;
  ChaCha20& operator=(const ChaCha20&) = default;
  // Writes the next 64 keystream bytes and advances the block counter.
  void nextBlock(std::uint8_t out[64]);

 private:
  std::array<std::uint8_t, 32> key_;
  std::array<std::uint8_t, 12> nonce_;
  std::uint32_t counter_;
};

}  // namespace led
