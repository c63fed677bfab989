#include "core/shared/deniable/QueryProof.h"

#include "core/shared/crypto/Hmac.h"
#include "core/shared/deniable/QueryFile.h"

namespace led {

QueryProof proveQuery(const Query& query, const AnswerKey& answerKey) {
  const std::vector<std::uint8_t> content = encodeQueryContent(query);
  return crypto::hmacSha256(crypto::deriveMacKey(answerKey, "LED query proof"), content.data(), content.size());
}

bool queryProves(const Query& query, const AnswerKey& answerKey) { return crypto::sameMac(proveQuery(query, answerKey), query.proof); }

}  // namespace led
