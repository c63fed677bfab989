#include "core/user/attacks/FeatureReconstruction.h"

#include <array>
#include <cstdlib>
#include <limits>

#include "core/shared/common/Error.h"
#include "core/user/metrics/ImageQuality.h"
#include "core/user/schemes/ColourOrders.h"

namespace led {
namespace {

constexpr int kMaxChannels = 3;
using Pixel = std::array<int, kMaxChannels>;

// A candidate decoding of one pixel: output channel k is input channel order[k], flipped when bit k of
// flips is set. Every composition of pe's steps (flips, then a colour order, or the other way round) is one.
struct Candidate {
  const std::uint8_t* order;
  int flips;
};

std::vector<Candidate> candidatesFor(int channels) {
  static constexpr std::uint8_t kIdentity[kMaxChannels] = {0, 1, 2};
  std::vector<Candidate> all;
  const int orders = channels == 3 ? 6 : 1;
  for (int o = 0; o < orders; ++o)
    for (int flips = 0; flips < (1 << channels); ++flips) all.push_back({channels == 3 ? kColourOrders[o] : kIdentity, flips});
  return all;
}

Pixel decode(const std::uint8_t* in, const Candidate& c, int channels) {
  Pixel p{};
  for (int k = 0; k < channels; ++k) {
    const int v = in[c.order[k]];
    p[k] = (c.flips >> k & 1) ? 255 - v : v;
  }
  return p;
}

Image applyEverywhere(const Image& image, const Candidate& c) {
  Image out(image.shape);
  const int channels = image.channels();
  for (std::size_t i = 0; i < image.shape.pixels(); ++i) {
    const Pixel p = decode(image.data.data() + i * channels, c, channels);
    for (int k = 0; k < channels; ++k) out.data[i * channels + k] = std::uint8_t(p[k]);
  }
  return out;
}

void requireAttackable(const Image& image) {
  if (image.empty() || image.channels() > kMaxChannels)
    fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "The feature-reconstruction attack takes an image of one or three channels."));
}

}  // namespace

Image reconstructFeaturesBasic(const Image& ciphertextView) {
  requireAttackable(ciphertextView);
  Image out = ciphertextView;
  for (std::uint8_t& v : out.data) v = v <= 127 ? v : std::uint8_t(255 - v);
  return out;
}

Image reconstructFeaturesAdvanced(const Image& ciphertextView) {
  requireAttackable(ciphertextView);
  const Image& in = ciphertextView;
  const int channels = in.channels();
  const std::vector<Candidate> candidates = candidatesFor(channels);
  Image out(in.shape);
  for (int r = 0; r < in.height(); ++r)
    for (int c = 0; c < in.width(); ++c) {
      // Decoded neighbours: left, upper left, above, upper right.
      std::array<const std::uint8_t*, 4> near{};
      int count = 0;
      if (c > 0) near[count++] = &out.at(r, c - 1, 0);
      if (r > 0) {
        if (c > 0) near[count++] = &out.at(r - 1, c - 1, 0);
        near[count++] = &out.at(r - 1, c, 0);
        if (c + 1 < in.width()) near[count++] = &out.at(r - 1, c + 1, 0);
      }
      const std::uint8_t* cipherPixel = in.row(r) + std::size_t(c) * channels;
      Pixel best = decode(cipherPixel, candidates.front(), channels);
      long bestCost = std::numeric_limits<long>::max();
      for (int n = 0; count > 0 && n < int(candidates.size()); ++n) {
        const Pixel p = decode(cipherPixel, candidates[n], channels);
        long cost = 0;
        for (int j = 0; j < count; ++j)
          for (int k = 0; k < channels; ++k) cost += std::abs(p[k] - near[j][k]);
        if (cost < bestCost) bestCost = cost, best = p;
      }
      for (int k = 0; k < channels; ++k) out.at(r, c, k) = std::uint8_t(best[k]);
    }
  return out;
}

std::vector<Image> globalVariants(const Image& image) {
  requireAttackable(image);
  std::vector<Image> variants;
  for (const Candidate& c : candidatesFor(image.channels())) variants.push_back(applyEverywhere(image, c));
  return variants;
}

Image closestGlobalVariant(const Image& reconstruction, const Image& plain) {
  Image best;
  double bestSsim = -2;
  for (Image& variant : globalVariants(reconstruction)) {
    const double s = ssim(variant, plain);
    if (s > bestSsim) bestSsim = s, best = std::move(variant);
  }
  return best;
}

}  // namespace led
