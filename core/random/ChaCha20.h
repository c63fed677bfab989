#pragma once
// The ChaCha20 block function (RFC 8439). It expands a 256-bit key into a long keystream: the
// generator behind seeded demo keys and behind per-image noise keyed from the operating system.
#include <array>
#include <cstdint>

namespace led {

class ChaCha20 {
 public:
  ChaCha20(const std::array<std::uint8_t, 32>& key, const std::array<std::uint8_t, 12>& nonce, std::uint32_t counter);
  // Writes the next 64 keystream bytes and advances the block counter.
  void nextBlock(std::uint8_t out[64]);

 private:
  std::array<std::uint32_t, 16> state_;
};

}  // namespace led
