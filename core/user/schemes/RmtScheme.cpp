// rmt (Sharma & Chen): block-wise randomized multidimensional transform. Per channel and block a
// Haar-random orthogonal matrix R (block X -> X R), an optional permutation of block positions, then
// per-image noise drawn uniformly from [0, N). Real-valued output; the key holder's decryption is exact
// without noise and approximate with it.
#include <cmath>
#include <algorithm>
#include <limits>

#include "core/shared/common/Error.h"
#include "core/shared/common/Phrase.h"
#include "core/user/schemes/BlockGrid.h"
#include "core/user/schemes/HaarOrthogonal.h"
#include "core/user/schemes/KeyTables.h"
#include "core/user/schemes/Schemes.h"

namespace led {
namespace {

constexpr const char* kOrthogonal = "orthogonal";
constexpr const char* kBlockPermutation = "block-permutation";
constexpr double kOrthogonalityTolerance = 1e-9;

// Noise is no key material, but it must be unpredictable: a ChaCha20 stream per thread, keyed by the OS.
RandomSource& noiseSource() {
  thread_local std::unique_ptr<StreamRandom> source = StreamRandom::fromOs();
  return *source;
}

class RmtCipher final : public Cipher {
 public:
  explicit RmtCipher(const Key& key)
      : Cipher(key), grid_(paddedShape(), key.spec().params.blockSize), noise_(float(key.spec().params.noise)) {
    const std::vector<double>& q = key.table(kOrthogonal).reals;
    matrices_.assign(q.begin(), q.end());
    const KeyTable* p = key.findTable(kBlockPermutation);
    blocks_ = p ? tableRow(*p, 0) : identityPermutation(std::size_t(grid_.count()));
  }
  bool realValued() const override { return true; }

  // The three stages separately, for the trace.
  std::vector<float> transform(const Image& padded) const {
    std::vector<float> out(padded.data.size());
    const int m = grid_.m, ch = grid_.channels;
    for (int b = 0; b < grid_.count(); ++b)
      for (int c = 0; c < ch; ++c) {
        const float* r = matrix(c, b);
        const std::uint8_t* x = padded.data.data() + grid_.origin(b) + c;
        float* y = out.data() + grid_.origin(b) + c;
        for (int i = 0; i < m; ++i)
          for (int j = 0; j < m; ++j) {
            float sum = 0;
            for (int k = 0; k < m; ++k) sum += float(x[i * grid_.rowStride + std::size_t(k) * ch]) * r[k * m + j];
            y[i * grid_.rowStride + std::size_t(j) * ch] = sum;
          }
      }
    return out;
  }
  std::vector<float> permute(const std::vector<float>& in) const {
    std::vector<float> out(in.size());
    for (int j = 0; j < grid_.count(); ++j) copyBlock(grid_, in.data(), int(blocks_[std::size_t(j)]), out.data(), j);
    return out;
  }
  void addNoise(std::vector<float>& values) const {
    if (noise_ <= 0) return;
    std::vector<std::uint16_t> draws(values.size());
    noiseSource().fill(reinterpret_cast<std::uint8_t*>(draws.data()), draws.size() * 2);
    const float scale = noise_ / 65536.0f;
    for (std::size_t i = 0; i < values.size(); ++i) values[i] += float(draws[i]) * scale;
  }

 protected:
  void encryptPadded(const Image& padded, Ciphertext& out) const override {
    out.reals = permute(transform(padded));
    addNoise(out.reals);
  }

  void decryptPadded(const Ciphertext& in, Image& padded) const override {
    const int m = grid_.m, ch = grid_.channels;
    const float mean = noise_ / 2;  // the noise's expectation: the best guess the key holder has
    for (int j = 0; j < grid_.count(); ++j) {
      const int b = int(blocks_[std::size_t(j)]);
      for (int c = 0; c < ch; ++c) {
        const float* r = matrix(c, b);
        const float* y = in.reals.data() + grid_.origin(j) + c;
        std::uint8_t* x = padded.data.data() + grid_.origin(b) + c;
        for (int i = 0; i < m; ++i)
          for (int k = 0; k < m; ++k) {
            float sum = 0;  // X = (Y - mean) R^T
            for (int jj = 0; jj < m; ++jj) sum += (y[i * grid_.rowStride + std::size_t(jj) * ch] - mean) * r[k * m + jj];
            x[i * grid_.rowStride + std::size_t(k) * ch] = std::uint8_t(std::clamp(std::lround(sum), 0L, 255L));
          }
      }
    }
  }

 private:
  const float* matrix(int channel, int block) const {
    const std::size_t mm = std::size_t(grid_.m) * grid_.m;
    return matrices_.data() + (std::size_t(channel) * grid_.count() + std::size_t(block)) * mm;
  }

  BlockGrid grid_;
  float noise_;
  std::vector<float> matrices_;  // [channel][block][m][m]
  Permutation blocks_;
};

Image realView(const std::vector<float>& values, const ImageShape& shape) {
  Ciphertext c;
  c.shape = shape;
  c.real = true;
  c.reals = values;
  return c.view();
}

class RmtScheme final : public Scheme {
 public:
  SchemeId id() const override { return SchemeId::Rmt; }
  std::string title() const override { return LED_PHRASE("led", "Block-wise randomized multidimensional transform (Sharma & Chen)"); }
  bool exact(const KeySpec& spec) const override { return spec.params.noise == 0; }
  double keySpaceBits(const KeySpec&) const override { return std::numeric_limits<double>::infinity(); }

  void validateKey(const Key& key) const override {
    const KeySpec& spec = key.spec();
    const std::uint32_t n = std::uint32_t(blockCount(spec.shape, spec.params.blockSize)), m = std::uint32_t(spec.params.blockSize);
    std::vector<std::string> names{kOrthogonal};
    if (spec.params.blockPermutation) names.push_back(kBlockPermutation);
    requireTableNames(key, names);
    const KeyTable& q = requireRealTable(key, kOrthogonal, {std::uint32_t(spec.shape.channels), n, m, m});
    for (std::size_t i = 0; i < q.reals.size(); i += std::size_t(m) * m) {
      for (std::size_t k = i; k < i + std::size_t(m) * m; ++k)
        if (!std::isfinite(q.reals[k]))
          fail(ErrorKind::BadFile, LED_PHRASE("led", "the 'orthogonal' table holds a value that is not a number"));
      if (orthogonalityError(q.reals.data() + i, int(m)) > kOrthogonalityTolerance)
        fail(ErrorKind::BadFile, {LED_PHRASE("led", "the 'orthogonal' table holds a matrix that is not orthogonal (matrix %1)"),
                                  {std::to_string(i / (std::size_t(m) * m))}});
    }
    if (spec.params.blockPermutation) requirePermutationRows(requireIntTable(key, kBlockPermutation, {n}));
  }
  std::unique_ptr<Cipher> makeCipher(const Key& key) const override { return std::make_unique<RmtCipher>(key); }

  std::vector<TraceStep> trace(const Image& plain, const Key& key) const override {
    const int m = key.spec().params.blockSize;
    const Image padded = padByEdgeReplication(plain, m);
    const RmtCipher cipher(key);
    const BlockGrid grid(padded.shape, m);
    std::vector<TraceStep> steps{plainStep(padded, m, LED_PHRASE("led", "Each block and channel gets its own random rotation matrix."))};
    std::vector<float> values = cipher.transform(padded);
    steps.push_back({LED_PHRASE("led", "after transform"),
                     {LED_PHRASE("led", "Every block X becomes X R: real numbers, shown stretched to 0..255.")},
                     realView(values, padded.shape),
                     m,
                     identityOrigin(grid.count())});
    std::vector<int> origin = identityOrigin(grid.count());
    if (key.spec().params.blockPermutation) {
      values = cipher.permute(values);
      const Permutation p = tableRow(key.table(kBlockPermutation), 0);
      origin = permuteOrigin(origin, p);
      steps.push_back({LED_PHRASE("led", "after block permutation"),
                       {LED_PHRASE("led", "The blocks change places.")},
                       realView(values, padded.shape),
                       m,
                       origin});
    }
    if (key.spec().params.noise > 0) {
      cipher.addNoise(values);
      steps.push_back({LED_PHRASE("led", "after noise"),
                       {LED_PHRASE("led", "Noise drawn uniformly from [0, N) is added to every value, fresh for every image.")},
                       realView(values, padded.shape),
                       m,
                       origin});
    }
    return steps;
  }

 protected:
  std::vector<KeyTable> makeTables(const KeySpec& spec, RandomSource& random) const override {
    const int n = blockCount(spec.shape, spec.params.blockSize), m = spec.params.blockSize;
    KeyTable q;
    q.name = kOrthogonal;
    q.dims = {std::uint32_t(spec.shape.channels), std::uint32_t(n), std::uint32_t(m), std::uint32_t(m)};
    q.reals.reserve(q.count());
    for (int i = 0; i < spec.shape.channels * n; ++i) {
      const std::vector<double> r = haarOrthogonal(m, random);
      q.reals.insert(q.reals.end(), r.begin(), r.end());
    }
    std::vector<KeyTable> tables{std::move(q)};
    if (spec.params.blockPermutation) tables.push_back(permutationTable(kBlockPermutation, 0, std::size_t(n), random));
    return tables;
  }
};

}  // namespace

const Scheme& rmtScheme() {
  static const RmtScheme scheme;
  return scheme;
}

}  // namespace led
