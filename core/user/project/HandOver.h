#pragma once
// What a coerced user hands over, as one folder: the query, a guide key (honest or fake: the files
// differ in nothing but the permutation), the model keys of the part that key points at, and, when the
// query was answered, the answer and its answer key, so that the coercer reads the label too. The
// coercer opens it as led query open does.
//
// Layout: handed-over.ledproj (the manifest: members, answered), query.ledq, guide.ledgk,
// key-<m>.ledkey (one per ensemble member), answer.ledans and answer.ledak when answered.
#include <optional>
#include <string>
#include <vector>

#include "core/shared/deniable/Answer.h"
#include "core/shared/deniable/GuideKeyFile.h"
#include "core/shared/deniable/Query.h"
#include "core/user/keys/Key.h"

namespace led {

struct HandOver {
  Query query;
  GuideKeyRecord guideKey;
  std::vector<Key> modelKeys;  // none: the normal process keeps no key for the decoy
  std::optional<Answer> answer;
  std::optional<AnswerKeyRecord> answerKey;  // with answer
};

// Into the new folder `dir` (an earlier hand-over there is replaced; any other folder is refused).
void writeHandOver(const std::string& dir, const HandOver& handOver);
// BadFile, Io or Mismatch (a key for another query) naming the folder's file.
HandOver readHandOver(const std::string& dir);

}  // namespace led
