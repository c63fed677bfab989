#include "core/shared/crypto/ChaCha20.h"

#include <sodium.h>

#include "core/shared/crypto/Sodium.h"

namespace led {

ChaCha20::ChaCha20(const std::array<std::uint8_t, 32>& key, const std::array<std::uint8_t, 12>& nonce, std::uint32_t counter)
    : key_(key), nonce_(nonce), counter_(counter) {
  crypto::requireSodium();
}

ChaCha20::~ChaCha20() { sodium_memzero(key_.data(), key_.size()); }

void ChaCha20::nextBlock(std::uint8_t out[64]) {
  static const std::uint8_t zeros[64] = {};
  crypto_stream_chacha20_ietf_xor_ic(out, zeros, 64, nonce_.data(), counter_, key_.data());
  ++counter_;
}

}  // namespace led
