#pragma once
// Random orthogonal matrices distributed by the Haar measure (uniform over O(m)), for rmt.
#include <vector>

#include "core/shared/random/RandomSource.h"

namespace led {

// Row-major m x m. Gram-Schmidt on a matrix of independent standard normals; the implied triangular
// factor has a positive diagonal, which is exactly what makes the result Haar-distributed (Mezzadri 2007).
std::vector<double> haarOrthogonal(int m, RandomSource& random);
// Largest |(Q Q^T - I)_ij|.
double orthogonalityError(const double* q, int m);

}  // namespace led
