#pragma once
// The key-absorption identity of docs/specification.md, section 5: because le uses one block key for every block, the
// first layer of a model on ciphertexts can undo the key exactly. Given a plain model and an le key,
// this builds the le model whose adaptation layer inverts the key (nibble reversal and permutation) and
// whose backbone is the plain model's: on ciphertexts it computes what the plain model computes on
// plain images.
#include "core/user/keys/Key.h"
#include "core/shared/learn/Classifier.h"

namespace led {

Classifier absorbLeKey(const Classifier& plain, const Key& key);

}  // namespace led
