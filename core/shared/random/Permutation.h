#pragma once
// Permutations as explicit tables: p[j] = the source index that lands at position j.
#include <cstdint>
#include <vector>

#include "core/shared/random/RandomSource.h"

namespace led {

using Permutation = std::vector<std::uint32_t>;

// Uniformly random (Fisher-Yates).
Permutation randomPermutation(std::size_t n, RandomSource& random);
Permutation identityPermutation(std::size_t n);
Permutation inversePermutation(const Permutation& p);
bool isPermutation(const std::uint32_t* p, std::size_t n);
// log2(n!), the key space of a uniformly random permutation.
double log2Factorial(std::size_t n);

}  // namespace led
