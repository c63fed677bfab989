#include "core/user/query/Opening.h"

#include "core/shared/common/Error.h"
#include "core/shared/deniable/GuideKey.h"
#include "core/shared/deniable/QueryFile.h"
#include "core/user/schemes/SchemeRegistry.h"

namespace led {

Opening openQuery(const Query& query, const Permutation& guideKey, const std::vector<Key>& modelKeys, const Answer* answer,
                  const AnswerKey* answerKey) {
  if (answer && answer->queryDigest != queryDigest(query))
    fail(ErrorKind::Mismatch, LED_PHRASE("led", "this answer belongs to another query"));
  if (modelKeys.size() > query.members())
    fail(ErrorKind::Mismatch, {LED_PHRASE("led", "the query holds %1 ciphertexts per part, %2 model keys were given"),
                               {std::to_string(query.members()), std::to_string(modelKeys.size())}});
  for (const Key& key : modelKeys)
    if (key.scheme() != query.scheme || key.spec().shape != query.plainShape)
      fail(ErrorKind::Mismatch, {LED_PHRASE("led", "the model key %1 is for %2 images of %3, the query holds %4 images of %5"),
                                 {key.shortFingerprint(), schemeName(key.scheme()), key.spec().shape.text(), schemeName(query.scheme),
                                  query.plainShape.text()}});
  Opening o;
  o.guide = openGuide(query.garbledGuide, guideKey);
  GuideShape shape;
  if (!readGuide(o.guide, shape)) return o;
  o.shape = shape;
  o.part = guidePart(shape);
  for (std::size_t m = 0; m < modelKeys.size(); ++m)
    o.images.push_back(makeCipher(modelKeys[m])->decrypt(query.parts[std::size_t(o.part)][m]));
  if (answer && answerKey) o.slot = openAnswerSlot(*answer, o.part, *answerKey);
  return o;
}

}  // namespace led
