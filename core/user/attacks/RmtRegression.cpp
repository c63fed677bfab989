#include "core/user/attacks/RmtRegression.h"

#include <opencv2/core.hpp>

#include <cmath>
#include <limits>

#include "core/shared/common/Error.h"
#include "core/user/schemes/BlockGrid.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {
namespace {

// Block b, channel c of a sample buffer as an M x M matrix.
template <typename T>
cv::Mat blockMatrix(const T* samples, const BlockGrid& g, int b, int c) {
  cv::Mat out(g.m, g.m, CV_64F);
  for (int i = 0; i < g.m; ++i)
    for (int j = 0; j < g.m; ++j)
      out.at<double>(i, j) = double(samples[g.origin(b) + std::size_t(i) * g.rowStride + std::size_t(j) * g.channels + c]);
  return out;
}

// The nearest orthogonal matrix (polar factor) and how far r was from it.
cv::Mat nearestOrthogonal(const cv::Mat& r, double& distance) {
  cv::Mat w, u, vt;
  cv::SVDecomp(r, w, u, vt);
  const cv::Mat q = u * vt;
  distance = cv::norm(r - q, cv::NORM_INF);
  return q;
}

}  // namespace

RmtRegressionResult recoverRmtKey(const Image& plain, const Ciphertext& cipher, const KeySpec& spec) {
  const SchemeParams& params = spec.params;
  if (params.scheme != SchemeId::Rmt) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the regression attack targets rmt"));
  if (plain.shape != spec.shape || !cipher.real || cipher.shape != spec.shape)
    fail(ErrorKind::Mismatch, LED_PHRASE("led", "the pair must be a plain image and its rmt ciphertext of the key's image shape"));
  if (spec.shape.height % params.blockSize || spec.shape.width % params.blockSize)
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the attack needs image sides that are multiples of the block size"));
  const BlockGrid g(spec.shape, params.blockSize);
  const int n = g.count(), channels = g.channels;
  std::vector<std::vector<cv::Mat>> inverses(static_cast<std::size_t>(n));  // [block][channel]
  int singularBlocks = 0;
  for (int b = 0; b < n; ++b)
    for (int c = 0; c < channels; ++c) {
      const cv::Mat x = blockMatrix(plain.data.data(), g, b, c);
      // A flat or repetitive block has no inverse: its pseudo-inverse recovers only part of the matrix.
      const bool singular = std::abs(cv::determinant(x)) < 1e-6;
      singularBlocks += singular;
      cv::Mat inverse;
      cv::invert(x, inverse, singular ? cv::DECOMP_SVD : cv::DECOMP_LU);
      inverses[std::size_t(b)].push_back(inverse);
    }
  std::vector<double> matrices(std::size_t(channels) * n * g.m * g.m);
  Permutation blocks(static_cast<std::size_t>(n));
  std::vector<bool> taken(std::size_t(n), false);
  double worst = 0;
  for (int j = 0; j < n; ++j) {
    // Without a block permutation block j came from block j; with one, the source whose X^-1 Y is closest to orthogonal.
    int best = j;
    double bestDistance = std::numeric_limits<double>::infinity();
    std::vector<cv::Mat> bestMatrices, y;
    for (int c = 0; c < channels; ++c) y.push_back(blockMatrix(cipher.reals.data(), g, j, c));
    for (int i = params.blockPermutation ? 0 : j; i < (params.blockPermutation ? n : j + 1); ++i) {
      if (taken[std::size_t(i)]) continue;
      double distance = 0;
      std::vector<cv::Mat> qs;
      for (int c = 0; c < channels; ++c) {
        double d = 0;
        qs.push_back(nearestOrthogonal(inverses[std::size_t(i)][std::size_t(c)] * y[std::size_t(c)], d));
        distance = std::max(distance, d);
      }
      if (distance < bestDistance) best = i, bestDistance = distance, bestMatrices = qs;
    }
    taken[std::size_t(best)] = true;
    blocks[std::size_t(j)] = std::uint32_t(best);
    worst = std::max(worst, bestDistance);
    for (int c = 0; c < channels; ++c)
      for (int r = 0; r < g.m; ++r)
        for (int k = 0; k < g.m; ++k)
          matrices[((std::size_t(c) * n + std::size_t(best)) * g.m + std::size_t(r)) * g.m + std::size_t(k)] =
              bestMatrices[std::size_t(c)].at<double>(r, k);
  }
  std::vector<KeyTable> tables{
      {"orthogonal", {std::uint32_t(channels), std::uint32_t(n), std::uint32_t(g.m), std::uint32_t(g.m)}, {}, matrices}};
  if (params.blockPermutation) tables.push_back({"block-permutation", {std::uint32_t(n)}, blocks, {}});
  Key key(spec, std::nullopt, tables);
  schemeFor(SchemeId::Rmt).validateKey(key);
  return {key, worst, singularBlocks};
}

}  // namespace led
