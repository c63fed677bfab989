#include "core/shared/random/Permutation.h"

#include <cmath>
#include <numeric>

namespace led {

Permutation identityPermutation(std::size_t n) {
  Permutation p(n);
  std::iota(p.begin(), p.end(), 0u);
  return p;
}

Permutation randomPermutation(std::size_t n, RandomSource& random) {
  Permutation p = identityPermutation(n);
  for (std::size_t i = n; i > 1; --i) std::swap(p[i - 1], p[random.below(i)]);
  return p;
}

Permutation inversePermutation(const Permutation& p) {
  Permutation inv(p.size());
  for (std::size_t j = 0; j < p.size(); ++j) inv[p[j]] = std::uint32_t(j);
  return inv;
}

bool isPermutation(const std::uint32_t* p, std::size_t n) {
  std::vector<bool> seen(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    if (p[i] >= n || seen[p[i]]) return false;
    seen[p[i]] = true;
  }
  return true;
}

double log2Factorial(std::size_t n) { return std::lgamma(double(n) + 1.0) / std::log(2.0); }

}  // namespace led
