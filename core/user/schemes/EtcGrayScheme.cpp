// etc-gray (Sirichotedumrong, Chuman, Imaizumi, Kiya): the colour image becomes one grayscale image of
// its Y, Cb and Cr planes side by side, then EtC steps 1-3 scramble it in smaller blocks. More blocks and
// less colour make jigsaw solvers' work harder. Lossy only by the colour conversion's rounding.
#include "core/shared/image/ColorSpace.h"
#include "core/shared/common/Phrase.h"
#include "core/user/schemes/BlockScrambling.h"
#include "core/user/schemes/KeyTables.h"
#include "core/user/schemes/Schemes.h"

namespace led {
namespace {

// The grayscale layout the scrambling acts on: the padded image's planes side by side.
ImageShape planeShape(const KeySpec& spec) {
  const ImageShape padded = paddedShape(spec.shape, spec.params.blockSize);
  return {padded.height, padded.width * spec.shape.channels, 1};
}

int blockCount(const KeySpec& spec) { return BlockGrid(planeShape(spec), spec.params.blockSize).count(); }

class EtcGrayCipher final : public Cipher {
 public:
  explicit EtcGrayCipher(const Key& key) : Cipher(key), planes_(planeShape(key.spec())), scrambler_(key, planes_) {}
  ImageShape cipherShape() const override { return planes_; }

 protected:
  void encryptPadded(const Image& padded, Ciphertext& out) const override {
    scrambler_.encrypt(rgbToYCbCrPlanes(padded).data.data(), out.bytes.data());
  }
  void decryptPadded(const Ciphertext& in, Image& padded) const override {
    Image planes(planes_);
    scrambler_.decrypt(in.bytes.data(), planes.data.data());
    padded = yCbCrPlanesToRgb(planes, padded.channels());
  }

 private:
  ImageShape planes_;
  etc::BlockScrambler scrambler_;
};

class EtcGrayScheme final : public Scheme {
 public:
  SchemeId id() const override { return SchemeId::EtcGray; }
  std::string title() const override { return LED_PHRASE("led", "Grayscale-based block scrambling (Sirichotedumrong et al.)"); }
  // Only the colour conversion rounds; a gray image has none.
  bool exact(const KeySpec& spec) const override { return spec.shape.channels == 1; }
  double keySpaceBits(const KeySpec& spec) const override { return etc::keyBits(blockCount(spec), 1); }

  void validateKey(const Key& key) const override {
    requireTableNames(key, etc::tableNames(1));
    etc::validateTables(key, blockCount(key.spec()), 1);
  }
  std::unique_ptr<Cipher> makeCipher(const Key& key) const override { return std::make_unique<EtcGrayCipher>(key); }

  std::vector<TraceStep> trace(const Image& plain, const Key& key) const override {
    const int m = key.spec().params.blockSize;
    const Image padded = padByEdgeReplication(plain, m);
    const Image planes = rgbToYCbCrPlanes(padded);
    std::vector<TraceStep> steps{
        {LED_PHRASE("led", "plain image"), {LED_PHRASE("led", "The colour image, padded to whole blocks.")}, padded, m, {}}};
    steps.push_back(plainStep(planes, m,
                              plain.channels() == 3 ? LED_PHRASE("led", "Y, Cb and Cr side by side as one grayscale image.")
                                                    : LED_PHRASE("led", "A gray image is its own single plane."),
                              LED_PHRASE("led", "YCbCr planes")));
    etc::BlockScrambler(key, planes.shape).trace(planes, steps);
    return steps;
  }

 protected:
  std::vector<KeyTable> makeTables(const KeySpec& spec, RandomSource& random) const override {
    return etc::makeTables(blockCount(spec), 1, random);
  }
};

}  // namespace

const Scheme& etcGrayScheme() {
  static const EtcGrayScheme scheme;
  return scheme;
}

}  // namespace led
