// le: Tanaka's Learnable Image Encryption. One block key (nibble permutation P, reversal mask R) serves
// every block, which is what lets an adaptation network absorb the key, and what a chosen-plaintext
// attack exploits. Unlike Tanaka's published code, R is drawn independently of P.
#include "core/user/schemes/BlockGrid.h"
#include "core/shared/common/Phrase.h"
#include "core/user/schemes/KeyTables.h"
#include "core/user/schemes/LeBlockKey.h"
#include "core/user/schemes/NibbleMap.h"
#include "core/user/schemes/Schemes.h"

namespace led {
namespace {

class LeCipher final : public Cipher {
 public:
  explicit LeCipher(const Key& key) : Cipher(key), grid_(paddedShape(), key.spec().params.blockSize) {
    const le::BlockKey k = le::blockKey(key, 0);
    const bool split = key.spec().params.split;
    const std::vector<std::uint32_t> offsets = grid_.sampleOffsets();
    encrypt_ = NibbleMap::encryption(k.p, k.reversal, split, offsets);
    decrypt_ = NibbleMap::decryption(k.p, k.reversal, split, offsets);
  }

 protected:
  void encryptPadded(const Image& padded, Ciphertext& out) const override {
    for (int b = 0; b < grid_.count(); ++b) encrypt_.apply(padded.data.data() + grid_.origin(b), out.bytes.data() + grid_.origin(b));
  }
  void decryptPadded(const Ciphertext& in, Image& padded) const override {
    for (int b = 0; b < grid_.count(); ++b) decrypt_.apply(in.bytes.data() + grid_.origin(b), padded.data.data() + grid_.origin(b));
  }

 private:
  BlockGrid grid_;
  NibbleMap encrypt_;
  NibbleMap decrypt_;
};

class LeScheme final : public Scheme {
 public:
  SchemeId id() const override { return SchemeId::Le; }
  std::string title() const override { return LED_PHRASE("led", "Learnable Image Encryption (Tanaka)"); }
  double keySpaceBits(const KeySpec& spec) const override { return le::blockKeyBits(spec.params, spec.shape.channels); }

  void validateKey(const Key& key) const override {
    requireTableNames(key, le::blockTableNames(key.spec().params));
    le::validateBlockTables(key, 0);
  }
  std::unique_ptr<Cipher> makeCipher(const Key& key) const override { return std::make_unique<LeCipher>(key); }

  std::vector<TraceStep> trace(const Image& plain, const Key& key) const override {
    const Image padded = padByEdgeReplication(plain, key.spec().params.blockSize);
    std::vector<TraceStep> steps{plainStep(padded, key.spec().params.blockSize, LED_PHRASE("led", "One block key serves every block."))};
    const le::BlockKey shared = le::blockKey(key, 0);
    le::traceBlockSteps(
        padded, key.spec().params, [&](int) -> const le::BlockKey& { return shared; }, steps);
    return steps;
  }

 protected:
  std::vector<KeyTable> makeTables(const KeySpec& spec, RandomSource& random) const override {
    return le::makeBlockTables(spec.params, spec.shape.channels, 0, random);
  }
};

}  // namespace

const Scheme& leScheme() {
  static const LeScheme scheme;
  return scheme;
}

}  // namespace led
