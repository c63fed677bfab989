#include "core/user/schemes/Trace.h"

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
TraceStep plainStep(const Image& padded, int blockSize, const char* explanation, const char* title) {
  const int blocks = (padded.height() / blockSize) * (padded.width() / blockSize);
  return {title,
          {{LED_PHRASE("led", "The image cut into %1 blocks of %2x%2 pixels."), {std::to_string(blocks), std::to_string(blockSize)}},
           explanation},
          padded,
          blockSize,
          identityOrigin(blocks)};
}
}  // namespace led
