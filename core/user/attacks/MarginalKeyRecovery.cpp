#include "core/user/attacks/MarginalKeyRecovery.h"

#include <array>
#include <cmath>

#include "core/shared/common/Error.h"
#include "core/user/schemes/ColourOrders.h"

namespace led {
namespace {

// Each sample position's mean over a set of images.
std::vector<double> positionMeans(const std::vector<Image>& images) {
  std::vector<double> means(images.front().data.size(), 0.0);
  for (const Image& image : images)
    for (std::size_t i = 0; i < means.size(); ++i) means[i] += image.data[i];
  for (double& m : means) m /= double(images.size());
  return means;
}

double squared(double x) { return x * x; }

// Per pixel, the colour order and the three negations whose predicted cipher means come closest to the
// ones seen: cipher channel k carries plain channel order[k], negated or not.
void judgeColourPixels(const std::vector<double>& cipher, const std::vector<double>& plain, MarginalRecovery& r) {
  const std::size_t pixels = cipher.size() / 3;
  r.orders.assign(pixels, 0);
  for (std::size_t p = 0; p < pixels; ++p) {
    double best = INFINITY;
    for (std::uint8_t o = 0; o < 6; ++o)
      for (int masks = 0; masks < 8; ++masks) {
        double distance = 0;
        for (int k = 0; k < 3; ++k) {
          const int source = kColourOrders[o][k];
          const double m = plain[3 * p + std::size_t(source)];
          distance += squared(cipher[3 * p + std::size_t(k)] - ((masks >> source) & 1 ? 255.0 - m : m));
        }
        if (distance < best) {
          best = distance;
          r.orders[p] = o;
          for (int c = 0; c < 3; ++c) r.negated[3 * p + std::size_t(c)] = std::uint8_t((masks >> c) & 1);
        }
      }
  }
}

// Gray images: where the public mean is near the middle the means cannot tell, so the sign of the
// position's covariance with its already restored neighbours (over all ciphertexts) decides.
void settleByNeighbours(const std::vector<Image>& ciphertexts, const std::vector<double>& cipherMeans, const std::vector<double>& plain,
                        MarginalRecovery& r) {
  const ImageShape shape = ciphertexts.front().shape;
  for (int row = 0; row < shape.height; ++row)
    for (int col = 0; col < shape.width; ++col) {
      const std::size_t i = std::size_t(row * shape.width + col);
      if (std::abs(plain[i] - 127.5) > 32) continue;  // the means were clear
      double covariance = 0;
      for (const auto& [dr, dc] : std::array<std::pair<int, int>, 4>{{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}}) {
        const int nr = row + dr, nc = col + dc;
        if (nr < 0 || nc < 0 || nr >= shape.height || nc >= shape.width) continue;
        const std::size_t j = std::size_t(nr * shape.width + nc);
        const double sign = r.negated[j] ? -1.0 : 1.0;  // the neighbour as restored
        for (const Image& c : ciphertexts) covariance += sign * (c.data[i] - cipherMeans[i]) * (c.data[j] - cipherMeans[j]);
      }
      if (covariance != 0) r.negated[i] = covariance < 0;
    }
}

}  // namespace

MarginalRecovery recoverByMarginals(const std::vector<Image>& ciphertexts, const std::vector<Image>& publicImages) {
  if (ciphertexts.empty() || publicImages.empty())
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the statistical attack needs ciphertexts and public images"));
  for (const auto* set : {&ciphertexts, &publicImages})
    for (const Image& image : *set)
      if (!(image.shape == ciphertexts.front().shape))
        fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "the ciphertexts and the public images must all have one shape"));
  const std::vector<double> cipher = positionMeans(ciphertexts), plain = positionMeans(publicImages);
  MarginalRecovery r;
  r.negated.assign(cipher.size(), 0);
  if (ciphertexts.front().shape.channels == 3) {
    judgeColourPixels(cipher, plain, r);
    return r;
  }
  for (std::size_t i = 0; i < cipher.size(); ++i) r.negated[i] = std::abs(cipher[i] - (255.0 - plain[i])) < std::abs(cipher[i] - plain[i]);
  if (ciphertexts.front().shape.channels == 1)
    for (int pass = 0; pass < 2; ++pass) settleByNeighbours(ciphertexts, cipher, plain, r);
  return r;
}

Image restoreByMarginals(const Image& ciphertext, const MarginalRecovery& r) {
  Image plain(ciphertext.shape);
  if (r.orders.empty()) {
    for (std::size_t i = 0; i < plain.data.size(); ++i) plain.data[i] = std::uint8_t(ciphertext.data[i] ^ (r.negated[i] ? 0xff : 0));
    return plain;
  }
  for (std::size_t p = 0; p < r.orders.size(); ++p)
    for (int k = 0; k < 3; ++k) {
      const std::size_t source = 3 * p + kColourOrders[r.orders[p]][k];
      plain.data[source] = std::uint8_t(ciphertext.data[3 * p + std::size_t(k)] ^ (r.negated[source] ? 0xff : 0));
    }
  return plain;
}

}  // namespace led
