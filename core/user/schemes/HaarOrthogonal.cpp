#include "core/user/schemes/HaarOrthogonal.h"

#include <cmath>

namespace led {

std::vector<double> haarOrthogonal(int m, RandomSource& random) {
  const std::size_t n = std::size_t(m);
  std::vector<double> a(n * n);
  for (double& v : a) v = random.gaussian();
  // Modified Gram-Schmidt over columns, twice over for orthogonality to machine precision.
  for (std::size_t j = 0; j < n; ++j) {
    for (int pass = 0; pass < 2; ++pass)
      for (std::size_t k = 0; k < j; ++k) {
        double dot = 0;
        for (std::size_t i = 0; i < n; ++i) dot += a[i * n + k] * a[i * n + j];
        for (std::size_t i = 0; i < n; ++i) a[i * n + j] -= dot * a[i * n + k];
      }
    double norm = 0;
    for (std::size_t i = 0; i < n; ++i) norm += a[i * n + j] * a[i * n + j];
    norm = std::sqrt(norm);
    for (std::size_t i = 0; i < n; ++i) a[i * n + j] /= norm;
  }
  return a;
}

double orthogonalityError(const double* q, int m) {
  double worst = 0;
  for (int i = 0; i < m; ++i)
    for (int j = 0; j < m; ++j) {
      double dot = 0;
      for (int k = 0; k < m; ++k) dot += q[i * m + k] * q[j * m + k];
      worst = std::max(worst, std::abs(dot - (i == j ? 1.0 : 0.0)));
    }
  return worst;
}

}  // namespace led
