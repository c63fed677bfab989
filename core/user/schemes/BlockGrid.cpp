#include "core/user/schemes/BlockGrid.h"

namespace led {

BlockGrid::BlockGrid(const ImageShape& padded, int blockSize)
    : m(blockSize),
      rows(padded.height / blockSize),
      cols(padded.width / blockSize),
      channels(padded.channels),
      rowStride(std::size_t(padded.width) * padded.channels) {}

int blockCount(const ImageShape& shape, int blockSize) { return BlockGrid(paddedShape(shape, blockSize), blockSize).count(); }

std::vector<std::uint32_t> BlockGrid::sampleOffsets() const {
  std::vector<std::uint32_t> offsets;
  offsets.reserve(blockSamples());
  for (int r = 0; r < m; ++r)
    for (int c = 0; c < m; ++c)
      for (int ch = 0; ch < channels; ++ch) offsets.push_back(std::uint32_t(r * rowStride + std::size_t(c) * channels + ch));
  return offsets;
}

}  // namespace led
