#include "core/shared/crypto/Sodium.h"

#include <sodium.h>

#include <stdexcept>

namespace led::crypto {

void requireSodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium could not be initialised");
}

}  // namespace led::crypto
