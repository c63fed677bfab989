#include "schemes/Trace.h"

#include <numeric>

namespace led {

std::vector<int> identityOrigin(int blocks) {
  std::vector<int> origin(static_cast<std::size_t>(blocks));
  std::iota(origin.begin(), origin.end(), 0);
  return origin;
}

std::vector<int> permuteOrigin(const std::vector<int>& before, const Permutation& p) {
  std::vector<int> after(p.size());
  for (std::size_t j = 0; j < p.size(); ++j) after[j] = before[p[j]];
  return after;
}

}  // namespace led

namespace led {
TraceStep plainStep(const Image& padded, int blockSize, const std::string& explanation, const std::string& title) {
  const int blocks = (padded.height() / blockSize) * (padded.width() / blockSize);
  return {title,
          "The image cut into " + std::to_string(blocks) + " blocks of " + std::to_string(blockSize) + "x" +
              std::to_string(blockSize) + " pixels. " + explanation,
          padded, blockSize, identityOrigin(blocks)};
}
}  // namespace led
