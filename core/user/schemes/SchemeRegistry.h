#pragma once
#include "core/user/schemes/Scheme.h"

namespace led {

const Scheme& schemeFor(SchemeId id);

// Conveniences over schemeFor(key.scheme()).
std::unique_ptr<Cipher> makeCipher(const Key& key);
Key generateKey(const KeySpec& spec, RandomSource& random);

}  // namespace led
