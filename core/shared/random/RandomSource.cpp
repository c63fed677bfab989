#include "core/shared/random/RandomSource.h"

#include <cmath>
#include <cstring>

#include "core/shared/crypto/SystemRandom.h"

namespace led {

std::uint64_t RandomSource::next64() {
  std::uint8_t b[8];
  fill(b, 8);
  std::uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= std::uint64_t(b[i]) << (8 * i);
  return v;
}

std::uint64_t RandomSource::below(std::uint64_t n) {
  // Reject the top partial range so every residue is equally likely.
  const std::uint64_t limit = ~std::uint64_t(0) - (~std::uint64_t(0) % n + 1) % n;
  std::uint64_t v;
  do v = next64();
  while (v > limit);
  return v % n;
}

double RandomSource::unit() { return double(next64() >> 11) * 0x1.0p-53; }

double RandomSource::gaussian() {
  double u1;
  do u1 = unit();
  while (u1 <= 0.0);
  const double u2 = unit();
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

void OsRandom::fill(std::uint8_t* out, std::size_t n) { crypto::systemRandom(out, n); }

namespace {
std::array<std::uint8_t, 32> seedKey(std::uint64_t seed) {
  std::array<std::uint8_t, 32> key{};
  for (int i = 0; i < 8; ++i) key[i] = std::uint8_t(seed >> (8 * i));
  return key;
}
}  // namespace

StreamRandom::StreamRandom(std::uint64_t seed) : cipher_(seedKey(seed), {}, 0), seed_(seed) {}

StreamRandom::StreamRandom(const std::array<std::uint8_t, 32>& key) : cipher_(key, {}, 0) {}

std::unique_ptr<StreamRandom> StreamRandom::fromOs() {
  std::array<std::uint8_t, 32> key;
  OsRandom os;
  os.fill(key.data(), key.size());
  return std::make_unique<StreamRandom>(key);
}

void StreamRandom::fill(std::uint8_t* out, std::size_t n) {
  while (n > 0) {
    if (used_ == block_.size()) {
      cipher_.nextBlock(block_.data());
      used_ = 0;
    }
    const std::size_t take = std::min(n, block_.size() - used_);
    std::memcpy(out, block_.data() + used_, take);
    used_ += take;
    out += take;
    n -= take;
  }
}

}  // namespace led
