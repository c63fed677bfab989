#pragma once
// Composing the query (the user's side). Part b holds the target, part 1 - b the other image, b a fair
// coin; the garbled guide (triangle for b = 0, square for b = 1, garbled with the pad entry's guide key)
// tells the cloud which part is real. Deniable process: part p is encrypted under the model keys of
// part p, k_p. Normal process: the other part is a decoy, a natural image under fresh one-time keys
// that are then forgotten. Where a part's model is an ensemble, the part is encrypted once under each of
// its keys.
#include <array>
#include <vector>

#include "core/shared/deniable/GuidePad.h"
#include "core/shared/deniable/Query.h"
#include "core/user/keys/Key.h"

namespace led {

// What the user knows after composing; only the query leaves the machine.
struct ComposedQuery {
  Query query;
  int coin = 0;  // b: the part that holds the target
  Image guide;   // the canonical guide before garbling
};

// keys[p]: the model keys of part p, one per ensemble member. Both images are conformed to the keys'
// image shape. Throws InvalidArgument unless every key has the same scheme, parameters and shape.
ComposedQuery composeDeniable(const Image& target, const Image& fake, const std::array<std::vector<Key>, 2>& keys, const PadEntry& entry,
                              RandomSource& random);
// The decoy is encrypted under fresh keys of the same kind drawn from `random` and forgotten.
ComposedQuery composeNormal(const Image& target, const Image& decoy, const std::vector<Key>& keys, const PadEntry& entry,
                            RandomSource& random);

}  // namespace led
