#include "core/user/attacks/ChosenPlaintext.h"

#include <algorithm>
#include <map>

#include "core/shared/common/Error.h"
#include "core/user/schemes/BlockGrid.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {
namespace {

// The value of slot q of a block: a nibble when split, else a whole sample.
struct Slots {
  bool split;
  std::size_t d;
  int full;  // 15 or 255
  std::size_t count() const { return split ? 2 * d : d; }
  int read(const std::uint8_t* block, const std::vector<std::uint32_t>& offsets, std::size_t q) const {
    if (!split) return block[offsets[q]];
    const std::uint8_t v = block[offsets[q % d]];
    return q < d ? v & 15 : v >> 4;
  }
  void write(std::uint8_t* block, const std::vector<std::uint32_t>& offsets, std::size_t q, int value) const {
    if (!split) {
      block[offsets[q]] = std::uint8_t(value);
      return;
    }
    std::uint8_t& v = block[offsets[q % d]];
    v = q < d ? std::uint8_t((v & 0xf0) | value) : std::uint8_t((v & 0x0f) | value << 4);
  }
};

ChosenPlaintextResult failed(const std::string& reason, int queries) { return {std::nullopt, reason, queries}; }

}  // namespace

ChosenPlaintextResult recoverLeKey(const EncryptionOracle& oracle, const KeySpec& spec) {
  const SchemeParams& params = spec.params;
  if (params.scheme != SchemeId::Le)
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the chosen-plaintext attack targets le's public structure"));
  if (spec.shape.height % params.blockSize || spec.shape.width % params.blockSize)
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the attack needs image sides that are multiples of the block size"));
  const BlockGrid grid(spec.shape, params.blockSize);
  const std::vector<std::uint32_t> offsets = grid.sampleOffsets();
  const Slots slots{params.split, grid.blockSamples(), params.split ? 15 : 255};
  const std::size_t l = slots.count();

  // seen[q][j]: slot j of the ciphertext of image q, the same in every block or the attack fails.
  std::vector<std::vector<int>> seen(l, std::vector<int>(l));
  for (std::size_t q = 0; q < l; ++q) {
    Image crafted(spec.shape);
    for (int b = 0; b < grid.count(); ++b) slots.write(crafted.data.data() + grid.origin(b), offsets, q, slots.full);
    const Ciphertext c = oracle(crafted);
    if (c.real || c.shape != spec.shape) return failed("the ciphertexts are not le's (real values or another layout)", int(q + 1));
    for (std::size_t j = 0; j < l; ++j) {
      seen[q][j] = slots.read(c.bytes.data() + grid.origin(0), offsets, j);
      for (int b = 1; b < grid.count(); ++b)
        if (slots.read(c.bytes.data() + grid.origin(b), offsets, j) != seen[q][j])
          return failed("the blocks of one ciphertext do not share a key (as under ele): no single block key to recover", int(q + 1));
    }
  }
  Permutation p(l);
  std::vector<std::uint32_t> reversal(l, 0);
  std::vector<bool> used(l, false);
  for (std::size_t j = 0; j < l; ++j) {
    std::map<int, int> votes;
    for (std::size_t q = 0; q < l; ++q) ++votes[seen[q][j]];
    if (votes.size() != 2 || (votes.begin()->second != 1 && std::next(votes.begin())->second != 1))
      return failed("the crafted images were not all encrypted under one key (a fresh key per image?)", int(l));
    const int odd = votes.begin()->second == 1 ? votes.begin()->first : std::next(votes.begin())->first;
    std::size_t source = l;
    for (std::size_t q = 0; q < l; ++q)
      if (seen[q][j] == odd) source = q;
    if (used[source]) return failed("two ciphertext slots claim one plaintext slot: the images did not share a key", int(l));
    used[source] = true;
    p[j] = std::uint32_t(source);
    reversal[source] = std::uint32_t(odd == 0);  // a set slot that comes out as 0 was reversed
  }
  std::vector<KeyTable> tables;
  if (params.shuffle)
    tables.push_back({"permutation", {std::uint32_t(l)}, p, {}});
  else if (p != identityPermutation(l))
    return failed("the slots moved although the parameters say le without shuffling", int(l));
  if (params.reverse)
    tables.push_back({"reversal", {std::uint32_t(l)}, reversal, {}});
  else if (std::count(reversal.begin(), reversal.end(), 1u) != 0)
    return failed("slots were reversed although the parameters say le without reversal", int(l));
  Key key(spec, std::nullopt, tables);
  schemeFor(SchemeId::Le).validateKey(key);
  return {key, {}, int(l)};
}

}  // namespace led
