#include "core/shared/crypto/SystemRandom.h"

#include <sodium.h>

#include "core/shared/crypto/Sodium.h"

namespace led::crypto {

void systemRandom(std::uint8_t* out, std::size_t n) {
  requireSodium();
  randombytes_buf(out, n);
}

}  // namespace led::crypto
