#include "core/user/schemes/NibbleMap.h"

#include <array>

namespace led {
namespace {

// kNibble[kind][byte]: the nibble a kind selects from a byte, reversed or not, in the low (0) or
// high (1) half of the output byte.
using NibbleTables = std::array<std::array<std::array<std::uint8_t, 256>, 4>, 2>;

NibbleTables makeNibbleTables() {
  NibbleTables t{};
  for (int kind = 0; kind < 4; ++kind)
    for (int v = 0; v < 256; ++v) {
      const int nibble = ((kind & 2) ? v >> 4 : v & 15) ^ ((kind & 1) ? 15 : 0);
      t[0][kind][v] = std::uint8_t(nibble);
      t[1][kind][v] = std::uint8_t(nibble << 4);
    }
  return t;
}

const NibbleTables kNibble = makeNibbleTables();

}  // namespace

NibbleMap NibbleMap::build(const std::vector<std::uint32_t>& from, const std::vector<std::uint8_t>& reversed, bool split,
                           const std::vector<std::uint32_t>& offsets) {
  NibbleMap map;
  map.split_ = split;
  const std::size_t d = offsets.size();
  map.entries_.resize(d);
  for (std::size_t t = 0; t < d; ++t) {
    Entry& e = map.entries_[t];
    e.dst = offsets[t];
    if (!split) {
      e.lo = offsets[from[t]];
      e.loKind = reversed[t];
      e.hi = 0;
      e.hiKind = 0;
      continue;
    }
    const std::uint32_t lo = from[t], hi = from[t + d];
    e.lo = offsets[lo % d];
    e.loKind = std::uint8_t((lo >= d) << 1 | reversed[t]);
    e.hi = offsets[hi % d];
    e.hiKind = std::uint8_t((hi >= d) << 1 | reversed[t + d]);
  }
  return map;
}

NibbleMap NibbleMap::encryption(const Permutation& p, const std::vector<std::uint32_t>& reversal, bool split,
                                const std::vector<std::uint32_t>& offsets) {
  // Output position j takes input position p[j], reversed if the mask is set there.
  std::vector<std::uint8_t> reversed(p.size());
  for (std::size_t j = 0; j < p.size(); ++j) reversed[j] = std::uint8_t(reversal[p[j]] != 0);
  return build(p, reversed, split, offsets);
}

NibbleMap NibbleMap::decryption(const Permutation& p, const std::vector<std::uint32_t>& reversal, bool split,
                                const std::vector<std::uint32_t>& offsets) {
  // Plain position s was sent to ciphertext position p^-1[s], and reversed if the mask is set at s.
  std::vector<std::uint8_t> reversed(p.size());
  for (std::size_t s = 0; s < p.size(); ++s) reversed[s] = std::uint8_t(reversal[s] != 0);
  return build(inversePermutation(p), reversed, split, offsets);
}

void NibbleMap::apply(const std::uint8_t* src, std::uint8_t* dst) const {
  if (split_) {
    for (const Entry& e : entries_) dst[e.dst] = std::uint8_t(kNibble[0][e.loKind][src[e.lo]] | kNibble[1][e.hiKind][src[e.hi]]);
  } else {
    for (const Entry& e : entries_) dst[e.dst] = std::uint8_t(src[e.lo] ^ (e.loKind ? 0xff : 0));
  }
}

}  // namespace led
