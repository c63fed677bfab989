#pragma once
// SHA-256 (libsodium): the checksum of every file this program writes, the identity of a query, and
// the source of key fingerprints.
#include <array>
#include <cstdint>
#include <string>

#include <sodium/crypto_hash_sha256.h>

namespace led {

class Sha256 {
 public:
  Sha256();
  void update(const void* data, std::size_t n);
  std::array<std::uint8_t, 32> finish();

  static std::array<std::uint8_t, 32> of(const void* data, std::size_t n);
  static std::string hex(const std::uint8_t* digest, std::size_t n);

 private:
  crypto_hash_sha256_state state_;
};

}  // namespace led
