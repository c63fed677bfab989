#pragma once
// The M x M blocks of a padded image, numbered row by row.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/shared/image/Image.h"

namespace led {

struct BlockGrid {
  BlockGrid(const ImageShape& padded, int blockSize);

  int m;
  int rows;
  int cols;
  int channels;
  std::size_t rowStride;  // bytes (or samples) per image row

  int count() const { return rows * cols; }
  std::size_t blockSamples() const { return std::size_t(m) * m * channels; }
  // Sample offset of block b's top-left corner.
  std::size_t origin(int b) const { return std::size_t(b / cols) * m * rowStride + std::size_t(b % cols) * m * channels; }
  // Sample offsets, relative to a block's origin, of its samples in (row, col, channel) order.
  std::vector<std::uint32_t> sampleOffsets() const;
};

// Number of blocks of an image of this shape once padded to whole blocks.
int blockCount(const ImageShape& shape, int blockSize);

// Copies the samples of block `from` of src into block `to` of dst (same grid).
template <typename T>
void copyBlock(const BlockGrid& g, const T* src, int from, T* dst, int to) {
  const std::size_t rowBytes = std::size_t(g.m) * g.channels;
  const T* s = src + g.origin(from);
  T* d = dst + g.origin(to);
  for (int r = 0; r < g.m; ++r, s += g.rowStride, d += g.rowStride) std::copy(s, s + rowBytes, d);
}

}  // namespace led
