#include "core/user/schemes/LeBlockKey.h"

#include "core/user/schemes/KeyTables.h"

namespace led::le {

std::size_t positions(const SchemeParams& params, int channels) {
  const std::size_t d = std::size_t(params.blockSize) * params.blockSize * channels;
  return params.split ? 2 * d : d;
}

double blockKeyBits(const SchemeParams& params, int channels) {
  const std::size_t l = positions(params, channels);
  return (params.shuffle ? log2Factorial(l) : 0.0) + (params.reverse ? double(l) : 0.0);
}

std::vector<std::string> blockTableNames(const SchemeParams& params) {
  std::vector<std::string> names;
  if (params.shuffle) names.push_back(kPermutation);
  if (params.reverse) names.push_back(kReversal);
  return names;
}

std::vector<KeyTable> makeBlockTables(const SchemeParams& params, int channels, std::size_t rows, RandomSource& random) {
  const std::size_t l = positions(params, channels);
  std::vector<KeyTable> tables;
  if (params.shuffle) tables.push_back(permutationTable(kPermutation, rows, l, random));
  if (params.reverse) {
    std::vector<std::uint32_t> dims{std::uint32_t(l)};
    if (rows) dims.insert(dims.begin(), std::uint32_t(rows));
    tables.push_back(choiceTable(kReversal, dims, 2, random));
  }
  return tables;
}

void validateBlockTables(const Key& key, std::size_t rows) {
  const SchemeParams& params = key.spec().params;
  std::vector<std::uint32_t> dims{std::uint32_t(positions(params, key.spec().shape.channels))};
  if (rows) dims.insert(dims.begin(), std::uint32_t(rows));
  if (params.shuffle) requirePermutationRows(requireIntTable(key, kPermutation, dims));
  if (params.reverse) requireBelow(requireIntTable(key, kReversal, dims), 2);
}

BlockKey blockKey(const Key& key, std::size_t row) {
  const std::size_t l = positions(key.spec().params, key.spec().shape.channels);
  BlockKey k;
  const KeyTable* p = key.findTable(kPermutation);
  const KeyTable* r = key.findTable(kReversal);
  k.p = p ? tableRow(*p, row) : identityPermutation(l);
  k.reversal = r ? tableRow(*r, row) : std::vector<std::uint32_t>(l, 0);
  return k;
}

Image nibblePlane(const Image& image, bool upper) {
  Image out(image.shape);
  for (std::size_t i = 0; i < image.data.size(); ++i) out.data[i] = std::uint8_t(((upper ? image.data[i] >> 4 : image.data[i]) & 15) * 17);
  return out;
}

Image applyStage(const Image& image, const BlockGrid& grid, bool split, Stage stage, const std::vector<const BlockKey*>& keys) {
  const std::vector<std::uint32_t> offsets = grid.sampleOffsets();
  const std::size_t d = offsets.size(), l = split ? 2 * d : d;
  Image out = image;
  std::vector<std::uint8_t> v(l), w(l);
  for (int b = 0; b < grid.count(); ++b) {
    const std::uint8_t* src = image.data.data() + grid.origin(b);
    std::uint8_t* dst = out.data.data() + grid.origin(b);
    for (std::size_t t = 0; t < d; ++t) {
      v[t] = split ? src[offsets[t]] & 15 : src[offsets[t]];
      if (split) v[t + d] = src[offsets[t]] >> 4;
    }
    const BlockKey& key = *keys[std::size_t(b)];
    for (std::size_t j = 0; j < l; ++j)
      w[j] = stage == Stage::Reverse ? std::uint8_t(key.reversal[j] ? (split ? 15 : 255) - v[j] : v[j]) : v[key.p[j]];
    for (std::size_t t = 0; t < d; ++t) dst[offsets[t]] = split ? std::uint8_t(w[t] | w[t + d] << 4) : w[t];
  }
  return out;
}

}  // namespace led::le
