#include "core/user/schemes/BlockScrambling.h"
#include "core/shared/common/Phrase.h"

#include <cmath>

#include "core/user/schemes/ColourOrders.h"
#include "core/user/schemes/KeyTables.h"

namespace led::etc {
namespace {

constexpr const char* kBlockPermutation = "block-permutation";
constexpr const char* kRotation = "rotation";
constexpr const char* kFlip = "flip";
constexpr const char* kNegativePositive = "negative-positive";
constexpr const char* kColourOrder = "colour-order";

// Source pixel (row-major index in an m x m block) of every pixel after rotating clockwise `rotation`
// quarter turns and then flipping (1 horizontal, 2 vertical).
std::vector<std::uint32_t> geometry(int m, int rotation, int flip) {
  std::vector<std::uint32_t> src(std::size_t(m) * m);
  for (int r = 0; r < m; ++r)
    for (int c = 0; c < m; ++c) {
      int sr = flip == 2 ? m - 1 - r : r;
      int sc = flip == 1 ? m - 1 - c : c;
      for (int k = 0; k < rotation; ++k) {
        const int t = sr;
        sr = m - 1 - sc;
        sc = t;
      }
      src[std::size_t(r) * m + c] = std::uint32_t(sr * m + sc);
    }
  return src;
}

}  // namespace

std::vector<std::string> tableNames(int channels) {
  std::vector<std::string> names{kBlockPermutation, kRotation, kFlip, kNegativePositive};
  if (channels == 3) names.push_back(kColourOrder);
  return names;
}

double keyBits(int blocks, int channels) {
  const double perBlock = 3.0 + 1.0 + (channels == 3 ? std::log2(6.0) : 0.0);
  return log2Factorial(std::size_t(blocks)) + blocks * perBlock;
}

std::vector<KeyTable> makeTables(int blocks, int channels, RandomSource& random) {
  const std::vector<std::uint32_t> dims{std::uint32_t(blocks)};
  // Rotations with flip none/horizontal give each of the 8 distinct transforms once; a vertical flip
  // (= 180 degrees then horizontal) is accepted in key files but never drawn, so no transform is twice as likely.
  std::vector<KeyTable> tables{permutationTable(kBlockPermutation, 0, std::size_t(blocks), random), choiceTable(kRotation, dims, 4, random),
                               choiceTable(kFlip, dims, 2, random), choiceTable(kNegativePositive, dims, 2, random)};
  if (channels == 3) tables.push_back(choiceTable(kColourOrder, dims, 6, random));
  return tables;
}

void validateTables(const Key& key, int blocks, int channels) {
  const std::vector<std::uint32_t> dims{std::uint32_t(blocks)};
  requirePermutationRows(requireIntTable(key, kBlockPermutation, dims));
  requireBelow(requireIntTable(key, kRotation, dims), 4);
  requireBelow(requireIntTable(key, kFlip, dims), 3);
  requireBelow(requireIntTable(key, kNegativePositive, dims), 2);
  if (channels == 3) requireBelow(requireIntTable(key, kColourOrder, dims), 6);
}

BlockScrambler::BlockScrambler(const Key& key, const ImageShape& layout) : grid_(layout, key.spec().params.blockSize) {
  blocks_ = tableRow(key.table(kBlockPermutation), 0);
  rotation_ = key.table(kRotation).ints;
  flip_ = key.table(kFlip).ints;
  negative_ = key.table(kNegativePositive).ints;
  if (layout.channels == 3) colour_ = key.table(kColourOrder).ints;
  for (int r = 0; r < 4; ++r)
    for (int f = 0; f < 3; ++f) geometry_[std::size_t(r * 3 + f)] = geometry(grid_.m, r, f);
}

void BlockScrambler::permuteBlocks(const std::uint8_t* in, std::uint8_t* out, bool inverse) const {
  for (int j = 0; j < grid_.count(); ++j) {
    const int from = int(blocks_[std::size_t(j)]);
    if (inverse)
      copyBlock(grid_, in, j, out, from);
    else
      copyBlock(grid_, in, from, out, j);
  }
}

void BlockScrambler::rotateAndFlip(std::uint8_t* data, bool inverse) const {
  const int m = grid_.m, ch = grid_.channels;
  std::vector<std::uint8_t> block(grid_.blockSamples());
  for (int b = 0; b < grid_.count(); ++b) {
    std::uint8_t* base = data + grid_.origin(b);
    for (int r = 0; r < m; ++r)
      std::copy(base + r * grid_.rowStride, base + r * grid_.rowStride + std::size_t(m) * ch, block.begin() + std::ptrdiff_t(r) * m * ch);
    const std::vector<std::uint32_t>& g = geometry_[std::size_t(rotation_[std::size_t(b)] * 3 + flip_[std::size_t(b)])];
    for (int p = 0; p < m * m; ++p) {
      const std::size_t dst = inverse ? g[std::size_t(p)] : std::size_t(p);
      const std::size_t src = inverse ? std::size_t(p) : g[std::size_t(p)];
      std::uint8_t* out = base + (dst / m) * grid_.rowStride + (dst % m) * ch;
      for (int c = 0; c < ch; ++c) out[c] = block[src * ch + std::size_t(c)];
    }
  }
}

void BlockScrambler::negatePositive(std::uint8_t* data) const {
  const std::size_t rowBytes = std::size_t(grid_.m) * grid_.channels;
  for (int b = 0; b < grid_.count(); ++b) {
    if (!negative_[std::size_t(b)]) continue;
    std::uint8_t* p = data + grid_.origin(b);
    for (int r = 0; r < grid_.m; ++r, p += grid_.rowStride)
      for (std::size_t i = 0; i < rowBytes; ++i) p[i] = std::uint8_t(255 - p[i]);
  }
}

void BlockScrambler::reorderColours(std::uint8_t* data, bool inverse) const {
  if (colour_.empty()) return;
  for (int b = 0; b < grid_.count(); ++b) {
    const std::uint8_t* order = kColourOrders[colour_[std::size_t(b)]];
    std::uint8_t* p = data + grid_.origin(b);
    for (int r = 0; r < grid_.m; ++r, p += grid_.rowStride)
      for (int c = 0; c < grid_.m; ++c) {
        std::uint8_t* px = p + std::size_t(c) * 3;
        const std::uint8_t v[3] = {px[0], px[1], px[2]};
        for (int k = 0; k < 3; ++k) {
          if (inverse)
            px[order[k]] = v[k];
          else
            px[k] = v[order[k]];
        }
      }
  }
}

void BlockScrambler::encrypt(const std::uint8_t* in, std::uint8_t* out) const {
  permuteBlocks(in, out, false);
  rotateAndFlip(out, false);
  negatePositive(out);
  reorderColours(out, false);
}

void BlockScrambler::decrypt(const std::uint8_t* in, std::uint8_t* out) const {
  std::vector<std::uint8_t> work(in, in + grid_.rowStride * std::size_t(grid_.rows) * grid_.m);
  reorderColours(work.data(), true);
  negatePositive(work.data());
  rotateAndFlip(work.data(), true);
  permuteBlocks(work.data(), out, true);
}

void BlockScrambler::trace(const Image& image, std::vector<TraceStep>& steps) const {
  const std::vector<int> origin = permuteOrigin(identityOrigin(grid_.count()), blocks_);
  Image current(image.shape);
  permuteBlocks(image.data.data(), current.data.data(), false);
  steps.push_back(
      {LED_PHRASE("led", "after block permutation"), {LED_PHRASE("led", "Step 1: the blocks change places.")}, current, grid_.m, origin});
  rotateAndFlip(current.data.data(), false);
  steps.push_back({LED_PHRASE("led", "after rotation and flip"),
                   {LED_PHRASE("led", "Step 2: each block is turned by 0, 90, 180 or 270 degrees and perhaps mirrored.")},
                   current,
                   grid_.m,
                   origin});
  negatePositive(current.data.data());
  steps.push_back({LED_PHRASE("led", "after negative-positive"),
                   {LED_PHRASE("led", "Step 3: about half of the blocks become their negative (p -> 255 - p).")},
                   current,
                   grid_.m,
                   origin});
  if (!colour_.empty()) {
    reorderColours(current.data.data(), false);
    steps.push_back({LED_PHRASE("led", "after colour shuffle"),
                     {LED_PHRASE("led", "Step 4: each block's red, green and blue change order.")},
                     current,
                     grid_.m,
                     origin});
  }
}

}  // namespace led::etc
