#pragma once
// Quantiles of measured times, as the benchmarks report them.
#include <vector>

namespace led {

// The element at floor(q * n) of the sorted values (the largest for q = 1): q = 0.5 is the median, of
// the upper middle for an even count. 0 when there are none.
double quantile(std::vector<double> values, double q);

}  // namespace led
