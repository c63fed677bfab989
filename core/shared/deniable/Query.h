#pragma once
// The composite query as it travels to the cloud: two parts side by side (each encrypted once per
// ensemble member), the garbled guide that tells the cloud which part is real, and the public parameters.
// A query holds no key material and nothing that tells the parts apart: no coin, no fingerprints. The
// user composes it (user/query/Compose.h); the cloud reads it with only its pad.
#include <array>
#include <cstdint>
#include <vector>

#include "core/shared/deniable/Guide.h"
#include "core/shared/deniable/GuidePad.h"
#include "core/shared/ciphertext/Ciphertext.h"
#include "core/shared/ciphertext/SchemeParams.h"

namespace led {

enum class QueryProcess { Normal, Deniable };

using QueryProof = std::array<std::uint8_t, 32>;  // shared/deniable/QueryProof.h

struct Query {
  PadId pad{};                 // whose pad: the cloud holds one per client
  std::uint64_t padIndex = 0;  // which of its entries garbled the guide
  Image garbledGuide;          // side x side, gray
  SchemeId scheme = SchemeId::Le;
  ImageShape plainShape;                         // of either image, as the keys take it
  std::array<std::vector<Ciphertext>, 2> parts;  // [part][ensemble member]
  QueryProof proof{};                            // that it was composed with the pad entry it names

  std::size_t members() const { return parts[0].size(); }
};

}  // namespace led
