#include "core/shared/training/BatchSource.h"

#include <numeric>

namespace led {

std::vector<std::size_t> BatchSource::partition(int p, int parts) const {
  const std::size_t n = size(), from = n * std::size_t(p) / std::size_t(parts), to = n * std::size_t(p + 1) / std::size_t(parts);
  std::vector<std::size_t> indices(to - from);
  std::iota(indices.begin(), indices.end(), from);
  return indices;
}

}  // namespace led
