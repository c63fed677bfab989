#pragma once
// Authenticated encryption (XChaCha20-Poly1305, libsodium): what seals the answer's label slots. Whoever
// lacks the key can neither read a sealed message nor alter it, nor move it to another context (the
// associated data), without the opening failing. The 24-byte nonce is drawn from the operating system
// for every message and travels in front of it, so a key used again (a fixed guide pad) never repeats one.
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace led::crypto {

using AeadKey = std::array<std::uint8_t, 32>;
constexpr std::size_t kAeadOverhead = 24 + 16;  // nonce and tag

// nonce, ciphertext and tag: plain.size() + kAeadOverhead bytes.
std::vector<std::uint8_t> aeadSeal(const AeadKey& key, const std::vector<std::uint8_t>& associated, const std::vector<std::uint8_t>& plain);
// Empty when the key or the associated data differ, or a byte was altered.
std::optional<std::vector<std::uint8_t>> aeadOpen(const AeadKey& key, const std::vector<std::uint8_t>& associated,
                                                  const std::vector<std::uint8_t>& sealed);

}  // namespace led::crypto
