#pragma once
// Kiya's EtC block scrambling, shared by etc and etc-gray. Four steps, each with its own table:
// 1 block permutation, 2 per-block rotation (0/90/180/270) and flip (none/horizontal/vertical),
// 3 per-block negative-positive (p -> 255 - p), 4 per-block colour-channel order (one of 6; 3-channel
// layouts only). Steps 2-4 use the table entry of the block's position after step 1.
#include <array>
#include <vector>

#include "core/user/keys/Key.h"
#include "core/user/schemes/BlockGrid.h"
#include "core/user/schemes/Trace.h"

namespace led::etc {

// Table names, and the names a layout with `channels` channels needs.
std::vector<std::string> tableNames(int channels);
// log2 of the key space: n! block orders and, per block, the 8 distinct rotations/reflections of a
// square, 2 negative-positive choices and (3 channels) 6 channel orders.
double keyBits(int blocks, int channels);
std::vector<KeyTable> makeTables(int blocks, int channels, RandomSource& random);
void validateTables(const Key& key, int blocks, int channels);

class BlockScrambler {
 public:
  // layout: the shape the steps act on (the padded image for etc, the plane image for etc-gray).
  BlockScrambler(const Key& key, const ImageShape& layout);
  void encrypt(const std::uint8_t* in, std::uint8_t* out) const;
  void decrypt(const std::uint8_t* in, std::uint8_t* out) const;
  // Appends one step per scrambling step, starting from `image` (of the layout's shape).
  void trace(const Image& image, std::vector<TraceStep>& steps) const;

 private:
  void permuteBlocks(const std::uint8_t* in, std::uint8_t* out, bool inverse) const;
  void rotateAndFlip(std::uint8_t* data, bool inverse) const;
  void negatePositive(std::uint8_t* data) const;
  void reorderColours(std::uint8_t* data, bool inverse) const;

  BlockGrid grid_;
  Permutation blocks_;
  std::vector<std::uint32_t> rotation_, flip_, negative_, colour_;
  std::array<std::vector<std::uint32_t>, 12> geometry_;  // [rotation * 3 + flip]: source pixel of each pixel
};

}  // namespace led::etc
