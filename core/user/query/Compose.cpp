#include "core/user/query/Compose.h"

#include <cmath>

#include "core/shared/common/Error.h"
#include "core/shared/deniable/GuideKey.h"
#include "core/shared/deniable/QueryProof.h"
#include "core/user/imageio/Resize.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {
namespace {

const KeySpec& commonSpec(const std::vector<const Key*>& keys) {
  if (keys.empty()) fail(ErrorKind::InvalidArgument, LED_PHRASE("led", "a query needs at least one model key per part"));
  const KeySpec& spec = keys.front()->spec();
  for (const Key* k : keys)
    if (!(k->spec().params == spec.params) || k->spec().shape != spec.shape)
      fail(ErrorKind::InvalidArgument,
           LED_PHRASE("led",
                      "every model key of a query must have the same scheme, parameters and image size, or the parts could be told apart"));
  return spec;
}

// All keys share one shape (commonSpec), so the image is conformed once.
std::vector<Ciphertext> encryptUnder(const Image& image, const std::vector<Key>& keys) {
  const Image conformed = cropAndConform(image, keys.front().spec().shape);
  std::vector<Ciphertext> out;
  for (const Key& key : keys) out.push_back(makeCipher(key)->encrypt(conformed));
  return out;
}

ComposedQuery begin(const PadEntry& entry, const KeySpec& spec, RandomSource& random) {
  ComposedQuery c;
  c.coin = int(random.below(2));
  const int side = int(std::lround(std::sqrt(double(entry.key.size()))));
  c.guide = drawGuide(guideShapeFor(c.coin), side);
  c.query.pad = entry.pad;
  c.query.padIndex = entry.index;
  c.query.garbledGuide = garbleGuide(c.guide, entry.key);
  c.query.scheme = spec.params.scheme;
  c.query.plainShape = spec.shape;
  return c;
}

}  // namespace

ComposedQuery composeDeniable(const Image& target, const Image& fake, const std::array<std::vector<Key>, 2>& keys, const PadEntry& entry,
                              RandomSource& random) {
  if (keys[0].size() != keys[1].size())
    fail(ErrorKind::InvalidArgument,
         LED_PHRASE("led", "both parts need the same number of model keys, or the query's shape tells them apart"));
  std::vector<const Key*> all;
  for (const auto& part : keys)
    for (const Key& k : part) all.push_back(&k);
  ComposedQuery c = begin(entry, commonSpec(all), random);
  const int b = c.coin;
  c.query.parts[std::size_t(b)] = encryptUnder(target, keys[std::size_t(b)]);
  c.query.parts[std::size_t(1 - b)] = encryptUnder(fake, keys[std::size_t(1 - b)]);
  c.query.proof = proveQuery(c.query, entry.answerKey);
  return c;
}

ComposedQuery composeNormal(const Image& target, const Image& decoy, const std::vector<Key>& keys, const PadEntry& entry,
                            RandomSource& random) {
  std::vector<const Key*> all;
  for (const Key& k : keys) all.push_back(&k);
  const KeySpec& spec = commonSpec(all);
  ComposedQuery c = begin(entry, spec, random);
  std::vector<Key> oneTime;
  for (std::size_t i = 0; i < keys.size(); ++i) oneTime.push_back(generateKey(spec, random));
  c.query.parts[std::size_t(c.coin)] = encryptUnder(target, keys);
  c.query.parts[std::size_t(1 - c.coin)] = encryptUnder(decoy, oneTime);
  c.query.proof = proveQuery(c.query, entry.answerKey);
  return c;
}

}  // namespace led
