#include "core/shared/crypto/Hmac.h"

#include <sodium/crypto_auth_hmacsha256.h>
#include <sodium/utils.h>

#include "core/shared/crypto/Sodium.h"

namespace led::crypto {

Mac hmacSha256(const MacKey& key, const std::uint8_t* data, std::size_t size) {
  requireSodium();
  Mac out{};
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, key.data(), key.size());
  crypto_auth_hmacsha256_update(&state, data, size);
  crypto_auth_hmacsha256_final(&state, out.data());
  return out;
}

MacKey deriveMacKey(const std::array<std::uint8_t, 32>& key, std::string_view purpose) {
  return hmacSha256(key, reinterpret_cast<const std::uint8_t*>(purpose.data()), purpose.size());
}

bool sameMac(const Mac& a, const Mac& b) {
  requireSodium();
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace led::crypto
