#include "core/shared/deniable/Linkability.h"

#include <set>

#include "core/shared/common/Fingerprint.h"
#include "core/shared/crypto/Sha256.h"
#include "core/shared/deniable/Guide.h"
#include "core/shared/deniable/GuideKey.h"

namespace led {

std::string guideKeyFingerprint(const Permutation& key) {
  const auto digest = Sha256::of(key.data(), key.size() * sizeof(key[0]));
  return formatFingerprint(Sha256::hex(digest.data(), 8));
}

LinkedQueries garbleManyGuides(int side, int queries, bool fixedKey, RandomSource& random) {
  const std::size_t pixels = std::size_t(side) * std::size_t(side);
  const Permutation fixed = randomPermutation(pixels, random);
  LinkedQueries out;
  std::set<std::vector<std::uint8_t>> seen;
  for (int q = 0; q < queries; ++q) {
    const GuideShape shape = random.below(2) ? GuideShape::Square : GuideShape::Triangle;
    out.garbled.push_back(garbleGuide(drawGuide(shape, side), fixedKey ? fixed : randomPermutation(pixels, random)));
    seen.insert(out.garbled.back().data);
  }
  out.distinct = seen.size();
  return out;
}

}  // namespace led
