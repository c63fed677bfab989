#pragma once
// What le and ele share: the block key (nibble permutation P and reversal mask R over L positions,
// L = 2d when nibbles are split, d otherwise), its key space, its tables and its traced steps.
#include <vector>

#include "core/user/keys/Key.h"
#include "core/shared/common/Phrase.h"
#include "core/user/schemes/BlockGrid.h"
#include "core/user/schemes/Trace.h"

namespace led::le {

constexpr const char* kPermutation = "permutation";
constexpr const char* kReversal = "reversal";

std::size_t positions(const SchemeParams& params, int channels);
double blockKeyBits(const SchemeParams& params, int channels);
// Names of the block-key tables the options call for.
std::vector<std::string> blockTableNames(const SchemeParams& params);
// `rows` block keys (rows == 0: one shared key, stored as 1-D tables).
std::vector<KeyTable> makeBlockTables(const SchemeParams& params, int channels, std::size_t rows, RandomSource& random);
void validateBlockTables(const Key& key, std::size_t rows);

// Block key `row` of a key, with identity/zero tables where an option is off.
struct BlockKey {
  Permutation p;
  std::vector<std::uint32_t> reversal;
};
BlockKey blockKey(const Key& key, std::size_t row);

// The le steps applied plainly (no compiled map), block by block; keyOf(b) gives block b's key.
// Appends "lower/upper nibbles", "after reversal", "after shuffle" as the options call for and
// returns the image after the last of them.
template <typename KeyOf>
Image traceBlockSteps(const Image& padded, const SchemeParams& params, KeyOf keyOf, std::vector<TraceStep>& steps);

// Implementation detail of traceBlockSteps: one stage of the le pipeline over the whole image.
enum class Stage { Reverse, Shuffle };
Image applyStage(const Image& image, const BlockGrid& grid, bool split, Stage stage, const std::vector<const BlockKey*>& keys);
Image nibblePlane(const Image& image, bool upper);

template <typename KeyOf>
Image traceBlockSteps(const Image& padded, const SchemeParams& params, KeyOf keyOf, std::vector<TraceStep>& steps) {
  const BlockGrid grid(padded.shape, params.blockSize);
  std::vector<const BlockKey*> keys;
  for (int b = 0; b < grid.count(); ++b) keys.push_back(&keyOf(b));
  const std::vector<int> origin = identityOrigin(grid.count());
  if (params.split) {
    steps.push_back({LED_PHRASE("led", "lower nibbles"),
                     {LED_PHRASE("led", "The low 4 bits of every sample, stretched to 0..255.")},
                     nibblePlane(padded, false),
                     grid.m,
                     origin});
    steps.push_back({LED_PHRASE("led", "upper nibbles"),
                     {LED_PHRASE("led", "The high 4 bits of every sample: the image's coarse shape.")},
                     nibblePlane(padded, true),
                     grid.m,
                     origin});
  }
  Image current = padded;
  if (params.reverse) {
    current = applyStage(current, grid, params.split, Stage::Reverse, keys);
    steps.push_back({LED_PHRASE("led", "after reversal"),
                     {params.split ? LED_PHRASE("led", "Nibbles where the mask is set become 15 - v.")
                                   : LED_PHRASE("led", "Samples where the mask is set become 255 - v.")},
                     current,
                     grid.m,
                     origin});
  }
  if (params.shuffle) {
    current = applyStage(current, grid, params.split, Stage::Shuffle, keys);
    steps.push_back({LED_PHRASE("led", "after shuffle"),
                     {params.split ? LED_PHRASE("led", "The 2d nibbles of each block are permuted, then paired back into bytes.")
                                   : LED_PHRASE("led", "The d samples of each block are permuted.")},
                     current,
                     grid.m,
                     origin});
  }
  return current;
}

}  // namespace led::le
