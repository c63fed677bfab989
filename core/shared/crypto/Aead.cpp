#include "core/shared/crypto/Aead.h"

#include <sodium.h>

#include "core/shared/crypto/Sodium.h"

namespace led::crypto {

constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
static_assert(kNonce + crypto_aead_xchacha20poly1305_ietf_ABYTES == kAeadOverhead);

std::vector<std::uint8_t> aeadSeal(const AeadKey& key, const std::vector<std::uint8_t>& associated,
                                   const std::vector<std::uint8_t>& plain) {
  requireSodium();
  std::vector<std::uint8_t> sealed(plain.size() + kAeadOverhead);
  randombytes_buf(sealed.data(), kNonce);
  unsigned long long length = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(sealed.data() + kNonce, &length, plain.data(), plain.size(), associated.data(),
                                             associated.size(), nullptr, sealed.data(), key.data());
  sealed.resize(kNonce + std::size_t(length));
  return sealed;
}

std::optional<std::vector<std::uint8_t>> aeadOpen(const AeadKey& key, const std::vector<std::uint8_t>& associated,
                                                  const std::vector<std::uint8_t>& sealed) {
  requireSodium();
  if (sealed.size() < kAeadOverhead) return std::nullopt;
  std::vector<std::uint8_t> plain(sealed.size() - kAeadOverhead);
  unsigned long long length = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &length, nullptr, sealed.data() + kNonce, sealed.size() - kNonce,
                                                 associated.data(), associated.size(), sealed.data(), key.data()) != 0)
    return std::nullopt;
  plain.resize(std::size_t(length));
  return plain;
}

}  // namespace led::crypto
