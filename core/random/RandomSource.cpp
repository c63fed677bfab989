#include "random/RandomSource.h"

#include <sys/random.h>

#include <cerrno>
#include <cmath>
#include <cstring>

#include "common/Error.h"

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
  do v = next64(); while (v > limit);
  return v % n;
}

double RandomSource::unit() { return double(next64() >> 11) * 0x1.0p-53; }

double RandomSource::gaussian() {
  double u1;
  do u1 = unit(); while (u1 <= 0.0);
  const double u2 = unit();
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

void OsRandom::fill(std::uint8_t* out, std::size_t n) {
  while (n > 0) {
    if (available_ == 0) {
      std::size_t got = 0;
      while (got < buffer_.size()) {
        const ssize_t r = ::getrandom(buffer_.data() + got, buffer_.size() - got, 0);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) fail(ErrorKind::Io, {LED_PHRASE("led", "the operating system's random generator failed: %1"), {std::string(std::strerror(errno))}});
        got += std::size_t(r);
      }
      available_ = buffer_.size();
    }
    const std::size_t take = std::min(n, available_);
    const std::size_t from = buffer_.size() - available_;
    std::memcpy(out, buffer_.data() + from, take);
    std::memset(buffer_.data() + from, 0, take);  // handed-out key material does not linger here
    available_ -= take;
    out += take;
    n -= take;
  }
}

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
