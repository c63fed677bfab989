// ele (Madono et al.): le with a different block key at every block position, followed by a
// permutation of the block positions. Resists the chosen-plaintext attack on le's shared key.
#include "core/user/schemes/BlockGrid.h"
#include "core/shared/common/Phrase.h"
#include "core/user/schemes/KeyTables.h"
#include "core/user/schemes/LeBlockKey.h"
#include "core/user/schemes/NibbleMap.h"
#include "core/user/schemes/Schemes.h"

namespace led {
namespace {

constexpr const char* kBlockPermutation = "block-permutation";

class EleCipher final : public Cipher {
 public:
  explicit EleCipher(const Key& key) : Cipher(key), grid_(paddedShape(), key.spec().params.blockSize) {
    const bool split = key.spec().params.split;
    const std::vector<std::uint32_t> offsets = grid_.sampleOffsets();
    for (int b = 0; b < grid_.count(); ++b) {
      const le::BlockKey k = le::blockKey(key, std::size_t(b));
      encrypt_.push_back(NibbleMap::encryption(k.p, k.reversal, split, offsets));
      decrypt_.push_back(NibbleMap::decryption(k.p, k.reversal, split, offsets));
    }
    blocks_ = tableRow(key.table(kBlockPermutation), 0);
  }

 protected:
  // Block j of the ciphertext is block blocks_[j] of the image, scrambled with that position's key.
  void encryptPadded(const Image& padded, Ciphertext& out) const override {
    for (int j = 0; j < grid_.count(); ++j) {
      const int from = int(blocks_[std::size_t(j)]);
      encrypt_[std::size_t(from)].apply(padded.data.data() + grid_.origin(from), out.bytes.data() + grid_.origin(j));
    }
  }
  void decryptPadded(const Ciphertext& in, Image& padded) const override {
    for (int j = 0; j < grid_.count(); ++j) {
      const int to = int(blocks_[std::size_t(j)]);
      decrypt_[std::size_t(to)].apply(in.bytes.data() + grid_.origin(j), padded.data.data() + grid_.origin(to));
    }
  }

 private:
  BlockGrid grid_;
  std::vector<NibbleMap> encrypt_;
  std::vector<NibbleMap> decrypt_;
  Permutation blocks_;
};

class EleScheme final : public Scheme {
 public:
  SchemeId id() const override { return SchemeId::Ele; }
  std::string title() const override { return LED_PHRASE("led", "Extended Learnable Encryption (Madono et al.)"); }
  double keySpaceBits(const KeySpec& spec) const override {
    const int n = blockCount(spec.shape, spec.params.blockSize);
    return n * le::blockKeyBits(spec.params, spec.shape.channels) + log2Factorial(std::size_t(n));
  }

  void validateKey(const Key& key) const override {
    std::vector<std::string> names = le::blockTableNames(key.spec().params);
    names.push_back(kBlockPermutation);
    requireTableNames(key, names);
    const std::size_t n = std::size_t(blockCount(key.spec().shape, key.spec().params.blockSize));
    le::validateBlockTables(key, n);
    requirePermutationRows(requireIntTable(key, kBlockPermutation, {std::uint32_t(n)}));
  }
  std::unique_ptr<Cipher> makeCipher(const Key& key) const override { return std::make_unique<EleCipher>(key); }

  std::vector<TraceStep> trace(const Image& plain, const Key& key) const override {
    const Image padded = padByEdgeReplication(plain, key.spec().params.blockSize);
    const BlockGrid grid(padded.shape, key.spec().params.blockSize);
    std::vector<TraceStep> steps{plainStep(padded, grid.m, LED_PHRASE("led", "Each block position has its own block key."))};
    std::vector<le::BlockKey> keys;
    for (int b = 0; b < grid.count(); ++b) keys.push_back(le::blockKey(key, std::size_t(b)));
    const Image scrambled = le::traceBlockSteps(
        padded, key.spec().params, [&](int b) -> const le::BlockKey& { return keys[std::size_t(b)]; }, steps);
    const Permutation blocks = tableRow(key.table(kBlockPermutation), 0);
    Image moved(padded.shape);
    for (int j = 0; j < grid.count(); ++j) copyBlock(grid, scrambled.data.data(), int(blocks[std::size_t(j)]), moved.data.data(), j);
    steps.push_back({LED_PHRASE("led", "after block permutation"),
                     {LED_PHRASE("led", "The blocks change places.")},
                     moved,
                     grid.m,
                     permuteOrigin(identityOrigin(grid.count()), blocks)});
    return steps;
  }

 protected:
  std::vector<KeyTable> makeTables(const KeySpec& spec, RandomSource& random) const override {
    const std::size_t n = std::size_t(blockCount(spec.shape, spec.params.blockSize));
    std::vector<KeyTable> tables = le::makeBlockTables(spec.params, spec.shape.channels, n, random);
    tables.push_back(permutationTable(kBlockPermutation, 0, n, random));
    return tables;
  }
};

}  // namespace

const Scheme& eleScheme() {
  static const EleScheme scheme;
  return scheme;
}

}  // namespace led
