#include "core/user/schemes/SchemeRegistry.h"

#include "core/shared/common/Error.h"
#include "core/user/schemes/Schemes.h"

namespace led {

const Scheme& schemeFor(SchemeId id) {
  switch (id) {
    case SchemeId::Le:
      return leScheme();
    case SchemeId::Ele:
      return eleScheme();
    case SchemeId::Etc:
      return etcScheme();
    case SchemeId::EtcGray:
      return etcGrayScheme();
    case SchemeId::Pe:
      return peScheme();
    case SchemeId::Rmt:
      return rmtScheme();
  }
  return leScheme();
}

Key Scheme::generateKey(const KeySpec& spec, RandomSource& random) const {
  spec.validate();
  if (spec.params.scheme != id())
    fail(ErrorKind::InvalidArgument,
         {LED_PHRASE("led", "cannot make a %1 key with the %2 scheme"), {schemeName(spec.params.scheme), schemeName(id())}});
  return Key(spec, random.seed(), makeTables(spec, random));
}

std::unique_ptr<Cipher> makeCipher(const Key& key) { return schemeFor(key.scheme()).makeCipher(key); }

Key generateKey(const KeySpec& spec, RandomSource& random) { return schemeFor(spec.params.scheme).generateKey(spec, random); }

}  // namespace led
