#include "core/deniable/QueryProof.h"

#include "core/crypto/Hmac.h"
#include "core/deniable/QueryFile.h"

namespace led {

QueryProof proveQuery(const Query& query, const AnswerKey& answerKey) {
  const std::vector<std::uint8_t> content = encodeQueryContent(query);
  return crypto::hmacSha256(crypto::deriveMacKey(answerKey, "LED query proof"), content.data(), content.size());
}

bool queryProves(const Query& query, const AnswerKey& answerKey) { return crypto::sameMac(proveQuery(query, answerKey), query.proof); }

}  // namespace led
