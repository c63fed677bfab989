#include "core/shared/crypto/Sha256.h"

#include "core/shared/crypto/Sodium.h"

namespace led {

Sha256::Sha256() {
  crypto::requireSodium();
  crypto_hash_sha256_init(&state_);
}

void Sha256::update(const void* data, std::size_t n) { crypto_hash_sha256_update(&state_, static_cast<const unsigned char*>(data), n); }

std::array<std::uint8_t, 32> Sha256::finish() {
  std::array<std::uint8_t, 32> digest;
  crypto_hash_sha256_final(&state_, digest.data());
  return digest;
}

std::array<std::uint8_t, 32> Sha256::of(const void* data, std::size_t n) {
  Sha256 s;
  s.update(data, n);
  return s.finish();
}

std::string Sha256::hex(const std::uint8_t* digest, std::size_t n) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    out += digits[digest[i] >> 4];
    out += digits[digest[i] & 15];
  }
  return out;
}

}  // namespace led
