#pragma once
// A query proves it was composed with the pad entry it names. Every query shows its pad's identity and
// entry index in clear, so without a proof anyone who saw one query could send forged ones that make
// the cloud spend, and so erase, that client's entries. The proof is an HMAC-SHA-256 over the query's
// encoding (everything before the proof) under a key derived from the entry's answer key, which only
// the user and the cloud hold. The cloud checks it before it marks the entry used.
#include "core/shared/deniable/GuidePad.h"
#include "core/shared/deniable/Query.h"

namespace led {

QueryProof proveQuery(const Query& query, const AnswerKey& answerKey);
// Constant time.
bool queryProves(const Query& query, const AnswerKey& answerKey);

}  // namespace led
