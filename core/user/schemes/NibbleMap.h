#pragma once
// One le block key compiled into a gather map. Tanaka's encryption works on the 2d nibbles of a block
// ([lower(d) | upper(d)], d = M*M*C): reverse where R is set (v -> 15 - v), then permute
// (out[j] = in[P[j]]), then pair nibbles j and j + d back into bytes. Compiled, each output byte is two
// table look-ups on two source bytes, which is what makes le run at hundreds of thousands of images a
// second. In byte mode (split off) the same holds for whole bytes with v -> 255 - v.
#include <cstdint>
#include <vector>

#include "core/shared/random/Permutation.h"

namespace led {

class NibbleMap {
 public:
  // p and reversal have L = 2d entries (split) or d (bytes); offsets maps flattened sample index -> image offset.
  static NibbleMap encryption(const Permutation& p, const std::vector<std::uint32_t>& reversal, bool split,
                              const std::vector<std::uint32_t>& offsets);
  static NibbleMap decryption(const Permutation& p, const std::vector<std::uint32_t>& reversal, bool split,
                              const std::vector<std::uint32_t>& offsets);
  // Reads one block at src and writes one block at dst (both block origins inside their images).
  void apply(const std::uint8_t* src, std::uint8_t* dst) const;

 private:
  struct Entry {
    std::uint32_t dst;
    std::uint32_t lo;     // source offset of the low nibble (or of the byte)
    std::uint32_t hi;     // source offset of the high nibble
    std::uint8_t loKind;  // bit 1: take the source's upper nibble; bit 0: reverse
    std::uint8_t hiKind;
  };
  // from[j]: which source position feeds output position j; reversed[j]: whether it is reversed.
  static NibbleMap build(const std::vector<std::uint32_t>& from, const std::vector<std::uint8_t>& reversed, bool split,
                         const std::vector<std::uint32_t>& offsets);
  bool split_ = true;
  std::vector<Entry> entries_;
};

}  // namespace led
