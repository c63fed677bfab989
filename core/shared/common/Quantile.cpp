#include "core/shared/common/Quantile.h"

#include <algorithm>

namespace led {

double quantile(std::vector<double> values, double q) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, std::size_t(q * double(values.size())))];
}

}  // namespace led
