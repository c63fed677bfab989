// etc: Kiya's block scrambling for Encryption-then-Compression. Blocks of 8 or 16 survive JPEG; 4 suits
// learning at 32x32.
#include "core/user/schemes/BlockScrambling.h"
#include "core/shared/common/Phrase.h"
#include "core/user/schemes/KeyTables.h"
#include "core/user/schemes/Schemes.h"

namespace led {
namespace {

class EtcCipher final : public Cipher {
 public:
  explicit EtcCipher(const Key& key) : Cipher(key), scrambler_(key, paddedShape()) {}

 protected:
  void encryptPadded(const Image& padded, Ciphertext& out) const override { scrambler_.encrypt(padded.data.data(), out.bytes.data()); }
  void decryptPadded(const Ciphertext& in, Image& padded) const override { scrambler_.decrypt(in.bytes.data(), padded.data.data()); }

 private:
  etc::BlockScrambler scrambler_;
};

class EtcScheme final : public Scheme {
 public:
  SchemeId id() const override { return SchemeId::Etc; }
  std::string title() const override { return LED_PHRASE("led", "Block scrambling for EtC (Kiya)"); }
  double keySpaceBits(const KeySpec& spec) const override {
    return etc::keyBits(blockCount(spec.shape, spec.params.blockSize), spec.shape.channels);
  }

  void validateKey(const Key& key) const override {
    requireTableNames(key, etc::tableNames(key.spec().shape.channels));
    etc::validateTables(key, blockCount(key.spec().shape, key.spec().params.blockSize), key.spec().shape.channels);
  }
  std::unique_ptr<Cipher> makeCipher(const Key& key) const override { return std::make_unique<EtcCipher>(key); }

  std::vector<TraceStep> trace(const Image& plain, const Key& key) const override {
    const Image padded = padByEdgeReplication(plain, key.spec().params.blockSize);
    std::vector<TraceStep> steps{
        plainStep(padded, key.spec().params.blockSize, LED_PHRASE("led", "Four steps follow, each with its own table."))};
    etc::BlockScrambler(key, padded.shape).trace(padded, steps);
    return steps;
  }

 protected:
  std::vector<KeyTable> makeTables(const KeySpec& spec, RandomSource& random) const override {
    return etc::makeTables(blockCount(spec.shape, spec.params.blockSize), spec.shape.channels, random);
  }
};

}  // namespace

const Scheme& etcScheme() {
  static const EtcScheme scheme;
  return scheme;
}

}  // namespace led
