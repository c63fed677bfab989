#pragma once
// Where randomness comes from. Keys come from OsRandom (the kernel's CSPRNG). SeededRandom exists only
// for tests and reproducible teaching demos: every key it makes is marked "seeded" in its file.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>

#include "core/shared/crypto/ChaCha20.h"

namespace led {

class RandomSource {
 public:
  virtual ~RandomSource() = default;
  virtual void fill(std::uint8_t* out, std::size_t n) = 0;
  // The seed of a reproducible demo generator; empty for the operating system's generator.
  virtual std::optional<std::uint64_t> seed() const = 0;

  std::uint64_t next64();
  // Uniform in [0, n) without modulo bias; n > 0.
  std::uint64_t below(std::uint64_t n);
  // Uniform in [0, 1) with 53 random bits.
  double unit();
  // Standard normal (Box-Muller).
  double gaussian();
};

// The operating system's CSPRNG (shared/crypto/SystemRandom.h).
class OsRandom final : public RandomSource {
 public:
  void fill(std::uint8_t* out, std::size_t n) override;
  std::optional<std::uint64_t> seed() const override { return std::nullopt; }
};

// ChaCha20 keystream: from a 64-bit seed (demo keys, tests) or from a 256-bit key drawn from OsRandom
// (fast per-image noise that is as unpredictable as the kernel's).
class StreamRandom final : public RandomSource {
 public:
  explicit StreamRandom(std::uint64_t seed);
  explicit StreamRandom(const std::array<std::uint8_t, 32>& key);
  static std::unique_ptr<StreamRandom> fromOs();
  void fill(std::uint8_t* out, std::size_t n) override;
  std::optional<std::uint64_t> seed() const override { return seed_; }

 private:
  ChaCha20 cipher_;
  std::array<std::uint8_t, 64> block_{};
  std::size_t used_ = 64;
  std::optional<std::uint64_t> seed_;
};

}  // namespace led
