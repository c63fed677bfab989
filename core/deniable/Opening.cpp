#include "deniable/Opening.h"

#include "common/Error.h"
#include "deniable/GuideKey.h"
#include "deniable/QueryFile.h"
#include "schemes/SchemeRegistry.h"

namespace led {

Opening openQuery(const Query& query, const Permutation& guideKey, const std::vector<Key>& modelKeys, const Answer* answer,
                  const AnswerKey* answerKey) {
  if (answer && answer->queryDigest != queryDigest(query)) fail(ErrorKind::Mismatch, "this answer belongs to another query");
  if (modelKeys.size() > query.members())
    fail(ErrorKind::Mismatch, "the query holds " + std::to_string(query.members()) + " ciphertexts per part, " +
                                  std::to_string(modelKeys.size()) + " model keys were given");
  for (const Key& key : modelKeys)
    if (key.scheme() != query.scheme || key.spec().shape != query.plainShape)
      fail(ErrorKind::Mismatch, "the model key " + key.shortFingerprint() + " is for " + schemeName(key.scheme()) + " images of " +
                                    key.spec().shape.text() + ", the query holds " + schemeName(query.scheme) + " images of " +
                                    query.plainShape.text());
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
