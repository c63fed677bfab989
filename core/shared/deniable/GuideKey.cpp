#include "core/shared/deniable/GuideKey.h"

#include <algorithm>
#include <array>
#include <vector>

#include "core/shared/common/Error.h"

namespace led {
namespace {

void requireSameCanvas(const Image& a, const Permutation& key) {
  if (a.channels() != 1 || key.size() != a.data.size())
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "the guide key is for %1 pixels, the guide has %2"),
                               {std::to_string(key.size()), std::to_string(a.data.size())}});
}

// Positions of each grey level, in increasing order.
std::array<std::vector<std::uint32_t>, 256> positionsByColour(const Image& image) {
  std::array<std::vector<std::uint32_t>, 256> positions;
  for (std::uint32_t i = 0; i < image.data.size(); ++i) positions[image.data[i]].push_back(i);
  return positions;
}

}  // namespace

Image garbleGuide(const Image& guide, const Permutation& key) {
  requireSameCanvas(guide, key);
  Image out(guide.shape);
  for (std::size_t j = 0; j < key.size(); ++j) out.data[j] = guide.data[key[j]];
  return out;
}

Image openGuide(const Image& garbled, const Permutation& key) {
  requireSameCanvas(garbled, key);
  Image out(garbled.shape);
  for (std::size_t j = 0; j < key.size(); ++j) out.data[key[j]] = garbled.data[j];
  return out;
}

Permutation fakeGuideKey(const Image& garbled, const Image& claimed, FakeKeyMode mode, RandomSource& random) {
  if (garbled.shape != claimed.shape || garbled.channels() != 1)
    fail(ErrorKind::Mismatch,
         {LED_PHRASE("led", "the garbled guide is %1, the claimed guide %2"), {garbled.shape.text(), claimed.shape.text()}});
  const auto inY = positionsByColour(garbled), inF = positionsByColour(claimed);
  // The most frequent colour of Y: the paper arranges its pixels into the claimed shape.
  std::size_t major = 0;
  for (std::size_t c = 1; c < 256; ++c)
    if (inY[c].size() > inY[major].size()) major = c;
  Permutation key(garbled.data.size());
  for (std::size_t c = 0; c < 256; ++c) {
    if (inY[c].size() != inF[c].size())
      fail(ErrorKind::Mismatch,
           LED_PHRASE("led", "the garbled guide and the claimed guide have different colour histograms; no key opens one to the other"));
    // Y[j] = F[key[j]]: every position of colour c in Y takes a position of colour c in F.
    std::vector<std::uint32_t> targets = inF[c];
    const bool ordered = mode == FakeKeyMode::Paper && c == major;
    if (!ordered)
      for (std::size_t i = targets.size(); i > 1; --i) std::swap(targets[i - 1], targets[random.below(i)]);
    for (std::size_t i = 0; i < targets.size(); ++i) key[inY[c][i]] = targets[i];
  }
  return key;
}

}  // namespace led
