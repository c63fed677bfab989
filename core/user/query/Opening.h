#pragma once
// An opening (docs/specification.md, section 3.5): what a query shows under the keys a coerced user reveals. The guide
// key opens the garbled guide; its shape names the part; the model keys decrypt that part; the answer
// key decrypts that part's label slot. The honest opening and the lying one go through this same code.
#include <optional>
#include <vector>

#include "core/shared/deniable/Answer.h"
#include "core/shared/deniable/Query.h"
#include "core/user/keys/Key.h"

namespace led {

struct Opening {
  Image guide;                      // the garbled guide, opened
  std::optional<GuideShape> shape;  // empty: the key opens it to neither shape (the lie shows)
  int part = -1;                    // the part the shape points at
  std::vector<Image> images;        // that part decrypted under each model key (one per ensemble member)
  std::optional<AnswerSlot> slot;   // that part's label, when an answer and its key are given
};

// modelKeys: one per ensemble member of the part, in member order. Throws Mismatch when a key does
// not fit the query (scheme, size) or the answer is for another query.
Opening openQuery(const Query& query, const Permutation& guideKey, const std::vector<Key>& modelKeys, const Answer* answer = nullptr,
                  const AnswerKey* answerKey = nullptr);

}  // namespace led
