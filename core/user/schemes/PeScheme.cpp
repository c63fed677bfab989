// pe (Sirichotedumrong et al.): pixel-based encryption. Every sample may become its negative, and every
// pixel's three channels are put in one of 6 orders. No blocks, so nothing for a jigsaw solver.
#include "core/user/schemes/ColourOrders.h"
#include "core/shared/common/Phrase.h"
#include "core/user/schemes/KeyTables.h"
#include "core/user/schemes/Schemes.h"

#include <cmath>

namespace led {
namespace {

constexpr const char* kNegativePositive = "negative-positive";
constexpr const char* kColourOrder = "colour-order";

class PeCipher final : public Cipher {
 public:
  explicit PeCipher(const Key& key) : Cipher(key) {
    const std::vector<std::uint32_t>& bits = key.table(kNegativePositive).ints;
    masks_.reserve(bits.size());
    for (std::uint32_t b : bits) masks_.push_back(b ? 0xff : 0);
    if (const KeyTable* colour = key.findTable(kColourOrder)) orders_ = colour->ints;
  }

 protected:
  void encryptPadded(const Image& padded, Ciphertext& out) const override { transform(padded.data.data(), out.bytes.data(), false); }
  void decryptPadded(const Ciphertext& in, Image& padded) const override { transform(in.bytes.data(), padded.data.data(), true); }

 private:
  void transform(const std::uint8_t* in, std::uint8_t* out, bool inverse) const {
    const std::size_t n = masks_.size();
    if (orders_.empty()) {
      for (std::size_t i = 0; i < n; ++i) out[i] = in[i] ^ masks_[i];
      return;
    }
    for (std::size_t p = 0; p < orders_.size(); ++p) {
      const std::uint8_t* order = kColourOrders[orders_[p]];
      const std::uint8_t* src = in + 3 * p;
      std::uint8_t* dst = out + 3 * p;
      const std::uint8_t* mask = masks_.data() + 3 * p;
      for (int k = 0; k < 3; ++k) {
        // Encryption negates, then reorders: dst[k] = (src ^ mask)[order[k]]. Decryption undoes both.
        if (inverse)
          dst[order[k]] = src[k] ^ mask[order[k]];
        else
          dst[k] = src[order[k]] ^ mask[order[k]];
      }
    }
  }

  std::vector<std::uint8_t> masks_;
  std::vector<std::uint32_t> orders_;
};

class PeScheme final : public Scheme {
 public:
  SchemeId id() const override { return SchemeId::Pe; }
  std::string title() const override { return LED_PHRASE("led", "Pixel-based encryption (Sirichotedumrong et al.)"); }
  double keySpaceBits(const KeySpec& spec) const override {
    const double pixels = double(spec.shape.pixels());
    return pixels * spec.shape.channels + (spec.shape.channels == 3 ? pixels * std::log2(6.0) : 0.0);
  }

  void validateKey(const Key& key) const override {
    const ImageShape& s = key.spec().shape;
    requireTableNames(
        key, s.channels == 3 ? std::vector<std::string>{kNegativePositive, kColourOrder} : std::vector<std::string>{kNegativePositive});
    requireBelow(requireIntTable(key, kNegativePositive, dims(s, true)), 2);
    if (s.channels == 3) requireBelow(requireIntTable(key, kColourOrder, dims(s, false)), 6);
  }
  std::unique_ptr<Cipher> makeCipher(const Key& key) const override { return std::make_unique<PeCipher>(key); }

  std::vector<TraceStep> trace(const Image& plain, const Key& key) const override {
    std::vector<TraceStep> steps{
        {LED_PHRASE("led", "plain image"), {LED_PHRASE("led", "pe works pixel by pixel; there are no blocks to move.")}, plain, 0, {}}};
    // Each step is pe with the other table neutralised.
    KeySpec spec = key.spec();
    std::vector<KeyTable> negateOnly{key.table(kNegativePositive)};
    if (const KeyTable* colour = key.findTable(kColourOrder)) {
      KeyTable identity = *colour;
      std::fill(identity.ints.begin(), identity.ints.end(), 0u);
      negateOnly.push_back(identity);
    }
    const Image negated = PeCipher(Key(spec, std::nullopt, negateOnly)).encrypt(plain).view();
    steps.push_back(
        {LED_PHRASE("led", "after negative-positive"), {LED_PHRASE("led", "About half of all samples become 255 - v.")}, negated, 0, {}});
    if (plain.channels() == 3)
      steps.push_back({LED_PHRASE("led", "after colour shuffle"),
                       {LED_PHRASE("led", "Each pixel's red, green and blue change order.")},
                       PeCipher(key).encrypt(plain).view(),
                       0,
                       {}});
    return steps;
  }

 protected:
  std::vector<KeyTable> makeTables(const KeySpec& spec, RandomSource& random) const override {
    std::vector<KeyTable> tables{choiceTable(kNegativePositive, dims(spec.shape, true), 2, random)};
    if (spec.shape.channels == 3) tables.push_back(choiceTable(kColourOrder, dims(spec.shape, false), 6, random));
    return tables;
  }

 private:
  static std::vector<std::uint32_t> dims(const ImageShape& s, bool withChannels) {
    std::vector<std::uint32_t> d{std::uint32_t(s.height), std::uint32_t(s.width)};
    if (withChannels) d.push_back(std::uint32_t(s.channels));
    return d;
  }
};

}  // namespace

const Scheme& peScheme() {
  static const PeScheme scheme;
  return scheme;
}

}  // namespace led
