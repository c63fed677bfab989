#pragma once
// SHA-256 (FIPS 180-4): the integrity check of key files and the source of key fingerprints.
#include <array>
#include <cstdint>
#include <string>

namespace led {

class Sha256 {
 public:
  Sha256();
  void update(const void* data, std::size_t n);
  std::array<std::uint8_t, 32> finish();

  static std::array<std::uint8_t, 32> of(const void* data, std::size_t n);
  static std::string hex(const std::uint8_t* digest, std::size_t n);

 private:
  void compress(const std::uint8_t* chunk);
  std::array<std::uint32_t, 8> h_;
  std::array<std::uint8_t, 64> pending_{};
  std::size_t pendingSize_ = 0;
  std::uint64_t totalBytes_ = 0;
};

}  // namespace led
